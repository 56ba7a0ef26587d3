// Options page: enabled sites (with Remove), all sites, mode, export/import, notices.
// Permission requests happen synchronously inside the change handler (Firefox needs the gesture).
import type { PageApi } from '../platform/api.js';
import type { SettingsReply } from '../shared/messages.js';
import { ALL_SITES_PATTERNS, hostOf } from '../shared/origin.js';
import { localize, setDocumentLanguage, t, type GetMessage } from '../shared/i18n-dom.js';
import { enabledSites, isMode, MAX_IMPORT_BYTES, type Settings, type SettingsNotice } from '../shared/settings.js';

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

  async function refresh(): Promise<void> {
    const reply = (await api.runtime.sendMessage({ type: 'getSettings' })) as SettingsReply;
    if (!reply || reply.ok !== true) { showNotice(t(msg, 'stateError', 'Something went wrong.')); return; }
    exported = reply.exported;
    renderSettings(reply.settings);
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
        showNotice(importErrorText(msg, error));
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
