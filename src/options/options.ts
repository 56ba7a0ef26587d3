// Options page: enabled sites (with Remove), all sites, mode, export/import, notices.
// Permission requests happen synchronously inside the change handler (Firefox needs the gesture).
import type { PageApi } from '../platform/api.js';
import type { SettingsReply } from '../shared/messages.js';
import { ALL_SITES_PATTERNS, hostOf } from '../shared/origin.js';
import { localize, setDocumentLanguage, t, type GetMessage } from '../shared/i18n-dom.js';
import {
  checkHostLines, enabledSites, isMode, MAX_IMPORT_BYTES, MAX_RULES, MAX_RULES_TEXT, parseRulesBlock, ruleTextLines,
  type RuleLineError, type Settings, type SettingsNotice,
} from '../shared/settings.js';

export interface OptionsHandle { readonly ready: Promise<void>; refresh(): Promise<void> }

export function noticeText(msg: GetMessage, notice: SettingsNotice): string {
  switch (notice.code) {
    case 'migrated': return t(msg, 'noticeMigrated', 'Your settings were updated from an older version of Appeal Spotter.');
    case 'repaired': return t(msg, 'noticeRepaired', 'Some stored settings were invalid and have been removed.');
    case 'reset-corrupt': return t(msg, 'noticeResetCorrupt', 'Your stored settings were damaged and have been reset to the defaults.');
    case 'reset-newer': return t(msg, 'noticeResetNewer', 'Your stored settings came from a newer version and have been reset to the defaults.');
  }
}

export function importErrorText(msg: GetMessage, error: string): string {
  switch (error) {
    case 'import-too-large': return t(msg, 'importTooLarge', 'That file is too large to be an Appeal Spotter settings file. Your settings are unchanged.');
    case 'import-not-json': return t(msg, 'importNotJson', 'That file is not valid JSON. Your settings are unchanged.');
    case 'import-newer-version': return t(msg, 'importNewer', 'That file comes from a newer version of Appeal Spotter. Your settings are unchanged.');
    default: return t(msg, 'importNotSettings', 'That file does not contain Appeal Spotter settings. Your settings are unchanged.');
  }
}

const isOk = (r: unknown): boolean => typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === true;

/** A refused rule line, said plainly and naming the line; `where` says what was being done. */
export function ruleErrorText(msg: GetMessage, e: RuleLineError, where: 'edit' | 'paste' | 'import'): string {
  if (e.line === 0 && e.code === 'too-long') return t(msg, 'rulesTooLarge', `That is more than ${Math.round(MAX_RULES_TEXT / 1024)} KB of rules. Nothing was changed.`, String(Math.round(MAX_RULES_TEXT / 1024)));
  if (e.code === 'too-many') return t(msg, 'rulesTooMany', `That is more than ${MAX_RULES} rules. Nothing was changed.`, String(MAX_RULES));
  const line = String(e.line);
  if (where === 'import') {
    const host = e.host ?? '';
    return t(msg, 'importBadRule', `The file's rule for ${host} on line ${line} ("${e.source}") was refused: ${e.message}. Your settings are unchanged.`, [host, line, e.source, e.message]);
  }
  if (e.code === 'wrong-host') {
    return t(msg, 'rulesWrongHost', `Line ${line} ("${e.source}") is a rule for another site: paste it under "Paste rules" instead. Nothing was changed.`, [line, e.source]);
  }
  return t(msg, 'rulesBadLine', `Line ${line} ("${e.source}") was refused: ${e.message}. Nothing was changed.`, [line, e.source, e.message]);
}

/** Can this page's querySelector take the selector? (Lines are checked here before they are sent.) */
const selectorOk = (doc: Document) => (selector: string): boolean => {
  try { doc.createDocumentFragment().querySelector(selector); return true; } catch { return false; }
};

const isCommentLine = (line: string): boolean => line.startsWith('!') && !/^!\s*off\s/i.test(line);
const isDisabledLine = (line: string): boolean => /^!\s*off\s/i.test(line);
const enableLine = (line: string, on: boolean): string =>
  on ? line.replace(/^!\s*off\s+/i, '') : isDisabledLine(line) ? line : `!off ${line}`;

export function startOptions(doc: Document, api: PageApi): OptionsHandle {
  const msg: GetMessage = (name, subs) => api.i18n.getMessage(name, subs);
  localize(doc, msg);
  setDocumentLanguage(doc, msg);
  const el = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;
  let exported = '';

  const showNotice = (text: string, persistent = false): void => {
    const notice = el('notice');
    notice.textContent = text;
    notice.dataset['persistent'] = String(persistent);
    el('notice-bar').hidden = text === '';
    notice.hidden = text === '';
  };

  function renderSettings(settings: Settings): void {
    const list = el<HTMLUListElement>('sites');
    const items = enabledSites(settings).map((site) => {
      const li = doc.createElement('li');
      li.dataset['origin'] = site;
      const name = doc.createElement('span');
      name.className = 'site';
      name.textContent = hostOf(site);
      if (!site.startsWith('https:')) {
        const tag = doc.createElement('span');
        tag.className = 'tag';
        tag.textContent = 'http';
        name.append(tag);
      }
      if (settings.sites[site]?.supporter) {
        const tag = doc.createElement('span');
        tag.className = 'tag';
        tag.textContent = t(msg, 'supporterTag', 'you support them');
        name.append(tag);
      }
      const remove = doc.createElement('button');
      remove.type = 'button';
      remove.className = 'remove secondary';
      remove.textContent = t(msg, 'removeSite', 'Remove');
      remove.setAttribute('aria-label', t(msg, 'removeSiteLabel', `Remove ${hostOf(site)}`, hostOf(site)));
      li.append(name, remove);
      return li;
    });
    list.replaceChildren(...items);
    el('sites-empty').hidden = items.length > 0;
    el<HTMLInputElement>('all-sites').checked = settings.allSites;
    el<HTMLSelectElement>('mode').value = settings.mode;
  }

  // ---- rules
  let ruleLines: Record<string, readonly string[]> = {};
  const validate = selectorOk(doc);

  const rulesStatus = (text: string, error = false): void => {
    const p = el('rules-status');
    p.textContent = text;
    p.dataset['error'] = String(error);
    p.hidden = text === '';
  };

  function ruleRow(line: string, index: number): HTMLLIElement {
    const li = doc.createElement('li');
    li.dataset['index'] = String(index);
    const code = doc.createElement('code');
    code.textContent = isDisabledLine(line) ? line.replace(/^!\s*off\s+/i, '') : line;
    if (isCommentLine(line)) {
      li.className = 'comment';
      li.append(code);
    } else {
      const on = !isDisabledLine(line);
      li.dataset['enabled'] = String(on);
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.className = 'rule-enabled';
      box.checked = on;
      box.setAttribute('aria-label', t(msg, 'ruleEnabledLabel', `Apply the rule ${code.textContent}`, code.textContent));
      li.append(box, code);
    }
    const del = doc.createElement('button');
    del.type = 'button';
    del.className = 'rule-delete secondary';
    del.textContent = t(msg, 'ruleDelete', 'Delete');
    del.setAttribute('aria-label', t(msg, 'ruleDeleteLabel', `Delete the rule ${code.textContent ?? ''}`, code.textContent ?? ''));
    li.append(del);
    return li;
  }

  function renderRules(settings: Settings): void {
    const list = el<HTMLUListElement>('rules');
    // Keep what the reader is in the middle of: open editors and text not saved yet.
    const open = new Map<string, string | null>();
    for (const item of Array.from(list.querySelectorAll<HTMLElement>('li.rule-site'))) {
      const host = item.dataset['host'] ?? '';
      const details = item.querySelector('details');
      const area = item.querySelector<HTMLTextAreaElement>('textarea.rule-text');
      const dirty = area !== null && area.value !== (ruleLines[host] ?? []).join('\n');
      if (details?.open) open.set(host, dirty && area ? area.value : null);
    }
    ruleLines = { ...settings.rules };
    const hosts = Object.keys(settings.rules).sort();
    list.replaceChildren(...hosts.map((host) => {
      const lines = settings.rules[host] ?? [];
      const li = doc.createElement('li');
      li.className = 'rule-site';
      li.dataset['host'] = host;
      const h = doc.createElement('h3');
      h.textContent = host;
      h.id = `rules-${host}`;
      li.setAttribute('aria-labelledby', h.id);
      const rows = doc.createElement('ul');
      rows.className = 'rule-list';
      rows.append(...lines.map((line, i) => ruleRow(line, i)));
      const details = doc.createElement('details');
      details.className = 'rule-edit';
      const summary = doc.createElement('summary');
      summary.textContent = t(msg, 'rulesEdit', 'Edit as text');
      const area = doc.createElement('textarea');
      area.className = 'rule-text';
      area.rows = Math.min(12, Math.max(3, lines.length + 1));
      area.spellcheck = false;
      area.setAttribute('aria-label', t(msg, 'rulesEditLabel', `Rules for ${host}, one per line`, host));
      const kept = open.get(host);
      area.value = kept ?? lines.join('\n');
      details.open = open.has(host);
      const actions = doc.createElement('div');
      actions.className = 'rule-actions';
      const save = doc.createElement('button');
      save.type = 'button';
      save.className = 'rule-save secondary';
      save.textContent = t(msg, 'rulesSave', 'Save');
      const drop = doc.createElement('button');
      drop.type = 'button';
      drop.className = 'rule-delete-site secondary';
      drop.textContent = t(msg, 'rulesDeleteSite', 'Delete all rules for this site');
      actions.append(save, drop);
      details.append(summary, area, actions);
      const error = doc.createElement('p');
      error.className = 'rule-error';
      error.setAttribute('role', 'alert');
      error.hidden = true;
      li.append(h, rows, details, error);
      return li;
    }));
    el('rules-empty').hidden = hosts.length > 0;
  }

  const replyError = (reply: unknown): { error: string; ruleError?: RuleLineError } =>
    typeof reply === 'object' && reply !== null ? (reply as { error: string; ruleError?: RuleLineError }) : { error: 'internal' };

  /** Sends one host's new lines; shows the refusal in that host's block (and keeps what is stored). */
  async function saveHost(host: string, lines: readonly string[], errorEl: HTMLElement | null): Promise<boolean> {
    const show = (text: string): void => {
      if (errorEl) { errorEl.textContent = text; errorEl.hidden = text === ''; } else rulesStatus(text, text !== '');
    };
    const checked = checkHostLines(host, lines, validate);
    if (!checked.ok) { show(ruleErrorText(msg, checked.error, 'edit')); return false; }
    const reply = await api.runtime.sendMessage({ type: 'setRules', host, lines: checked.lines });
    if (!isOk(reply)) {
      const r = replyError(reply);
      show(r.ruleError ? ruleErrorText(msg, r.ruleError, 'edit') : r.error === 'too-many-rules'
        ? t(msg, 'rulesTooMany', `That is more than ${MAX_RULES} rules. Nothing was changed.`, String(MAX_RULES))
        : t(msg, 'stateError', 'Something went wrong.'));
      return false;
    }
    show('');
    await refresh();
    rulesStatus(t(msg, 'rulesSaved', 'Rules saved.'));
    return true;
  }

  el<HTMLUListElement>('rules').addEventListener('click', (ev) => {
    const target = ev.target as Element | null;
    const item = target?.closest?.<HTMLElement>('li.rule-site');
    const host = item?.dataset['host'];
    if (!item || !host) return;
    const lines = [...(ruleLines[host] ?? [])];
    const errorEl = item.querySelector<HTMLElement>('.rule-error');
    const button = target?.closest?.('button');
    if (!button) return;
    if (button.classList.contains('rule-delete')) {
      const i = Number(button.closest<HTMLElement>('li[data-index]')?.dataset['index']);
      if (!Number.isInteger(i) || i < 0 || i >= lines.length) return;
      lines.splice(i, 1);
      void saveHost(host, lines, errorEl).catch(() => undefined);
    } else if (button.classList.contains('rule-save')) {
      const text = item.querySelector<HTMLTextAreaElement>('textarea.rule-text')?.value ?? '';
      if (text.length > MAX_RULES_TEXT) { if (errorEl) { errorEl.textContent = ruleErrorText(msg, { host, line: 0, source: '', message: '', code: 'too-long' }, 'edit'); errorEl.hidden = false; } return; }
      void saveHost(host, ruleTextLines(text).map((l) => l.text), errorEl).catch(() => undefined);
    } else if (button.classList.contains('rule-delete-site')) {
      void saveHost(host, [], errorEl).catch(() => undefined);
    }
  });

  el<HTMLUListElement>('rules').addEventListener('change', (ev) => {
    const box = ev.target as HTMLInputElement | null;
    if (!box?.classList?.contains('rule-enabled')) return;
    const item = box.closest<HTMLElement>('li.rule-site');
    const host = item?.dataset['host'];
    const i = Number(box.closest<HTMLElement>('li[data-index]')?.dataset['index']);
    if (!item || !host) return;
    const lines = [...(ruleLines[host] ?? [])];
    if (!Number.isInteger(i) || i < 0 || i >= lines.length) return;
    lines[i] = enableLine(lines[i]!, box.checked);
    void saveHost(host, lines, item.querySelector<HTMLElement>('.rule-error')).catch(() => undefined);
  });

  el<HTMLButtonElement>('rules-add').addEventListener('click', () => {
    const area = el<HTMLTextAreaElement>('rules-paste');
    const text = area.value;
    if (text.trim() === '') return;
    // A huge paste is refused before anything reads it line by line.
    if (text.length > MAX_RULES_TEXT) { rulesStatus(ruleErrorText(msg, { host: null, line: 0, source: '', message: '', code: 'too-long' }, 'paste'), true); return; }
    const block = parseRulesBlock(text, validate);
    if (!block.ok) { rulesStatus(ruleErrorText(msg, block.error, 'paste'), true); return; }
    void api.runtime.sendMessage({ type: 'importRules', text }).then(async (reply) => {
      if (!isOk(reply)) {
        const r = replyError(reply);
        rulesStatus(r.ruleError ? ruleErrorText(msg, r.ruleError, 'paste') : r.error === 'too-many-rules'
          ? t(msg, 'rulesTooMany', `That is more than ${MAX_RULES} rules. Nothing was changed.`, String(MAX_RULES))
          : t(msg, 'stateError', 'Something went wrong.'), true);
        return;
      }
      area.value = '';
      await refresh();
      rulesStatus(block.count === 1 ? t(msg, 'rulesAddedOne', '1 rule added.') : t(msg, 'rulesAddedMany', `${block.count} rules added.`, String(block.count)));
    }).catch(() => rulesStatus(t(msg, 'stateError', 'Something went wrong.'), true));
  });

  async function refresh(): Promise<void> {
    const reply = (await api.runtime.sendMessage({ type: 'getSettings' })) as SettingsReply;
    if (!reply || reply.ok !== true) { showNotice(t(msg, 'stateError', 'Something went wrong.')); return; }
    exported = reply.exported;
    renderSettings(reply.settings);
    renderRules(reply.settings);
    if (reply.notice) showNotice(noticeText(msg, reply.notice), true);
  }

  el<HTMLUListElement>('sites').addEventListener('click', (ev) => {
    const button = (ev.target as Element | null)?.closest?.('button.remove');
    const site = button?.closest('li[data-origin]')?.getAttribute('data-origin');
    if (!site) return;
    void api.runtime.sendMessage({ type: 'setSiteEnabled', site, enabled: false }).then(() => refresh()).catch(() => undefined);
  });

  const allSites = el<HTMLInputElement>('all-sites');
  allSites.addEventListener('change', () => {
    if (allSites.checked) {
      const request = api.permissions.request({ origins: [...ALL_SITES_PATTERNS] }); // first, synchronously
      void api.runtime.sendMessage({ type: 'setAllSites', enabled: true }).catch(() => undefined);
      void request.then(async (ok) => {
        if (!ok) { allSites.checked = false; return; }
        await api.runtime.sendMessage({ type: 'setAllSites', enabled: true });
        await refresh();
      }).catch(() => { allSites.checked = false; });
    } else {
      void api.runtime.sendMessage({ type: 'setAllSites', enabled: false }).then(() => refresh()).catch(() => undefined);
    }
  });

  el<HTMLSelectElement>('mode').addEventListener('change', (ev) => {
    const mode = (ev.target as HTMLSelectElement).value;
    if (isMode(mode)) void api.runtime.sendMessage({ type: 'setMode', mode }).catch(() => undefined);
  });

  el<HTMLButtonElement>('export').addEventListener('click', () => {
    const view = doc.defaultView;
    if (!view || !exported) return;
    const url = view.URL.createObjectURL(new view.Blob([exported], { type: 'application/json' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = 'appeal-spotter-settings.json';
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
  });

  const importInput = el<HTMLInputElement>('import');
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) { showNotice(importErrorText(msg, 'import-too-large')); return; }
    void file.text().then(async (text) => {
      const reply = await api.runtime.sendMessage({ type: 'importSettings', text });
      if (isOk(reply)) {
        await refresh();
        showNotice(t(msg, 'importDone', 'Settings imported.'));
      } else {
        const error = typeof reply === 'object' && reply !== null ? String((reply as { error?: unknown }).error) : '';
        const ruleError = typeof reply === 'object' && reply !== null ? (reply as { ruleError?: RuleLineError }).ruleError : undefined;
        showNotice(error === 'import-bad-rule' && ruleError ? ruleErrorText(msg, ruleError, 'import') : importErrorText(msg, error));
      }
    }).catch(() => showNotice(importErrorText(msg, 'import-not-json')));
  });

  el<HTMLButtonElement>('notice-dismiss').addEventListener('click', () => {
    const persistent = el('notice').dataset['persistent'] === 'true';
    showNotice('');
    if (persistent) void api.runtime.sendMessage({ type: 'dismissNotice' }).catch(() => undefined);
  });

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void refresh().catch(() => undefined);
  });

  const ready = refresh().catch(() => showNotice(t(msg, 'stateError', 'Something went wrong.')));
  return { ready, refresh };
}
