// The background's behaviour as plain functions over an injected API (tests pass a fake).
// index.ts registers them as top-level listeners.
import type { BackgroundApi, MessageSender, Permissions, TabInfo } from '../platform/api.js';
import {
  CONTENT_ONLY_TYPES, PAGE_ONLY_TYPES, parseBackgroundRequest, type BackgroundRequest, type ContentCommand, type Failure,
  type SettingsReply, type TabStateReply,
} from '../shared/messages.js';
import { ALL_SITES_PATTERNS, isScannableUrl, patternFor, siteOf, sitesOfPattern } from '../shared/origin.js';
import {
  addRuleLine, checkHostLines, countRules, exportSettings, importSettings, isSiteEnabled, MAX_RULES, NOTICE_KEY, parseRuleLine,
  parseRulesBlock, ruleHostOf, withRules, withSite, type RuleLineError, type Settings,
} from '../shared/settings.js';
import { hostMatches } from '../core/rules/hosts.js';
import { showBadge, showIcon } from './badge.js';
import { loadSettings, readNotice, repairStoredSettings, saveSettings, serialQueue } from './settings-store.js';
import { CONTENT_JS, grantedPermissions, syncRegistrations } from './sites.js';
import { readTabState } from '../shared/tab-view.js';
import { clearTabState, setTabState, tabsWhere } from './tab-state.js';

const PENDING_KEY = 'pendingGrant';
/** A permission granted later than this after the switch was flipped is not taken as "switch on". */
const PENDING_TTL_MS = 5 * 60_000;

interface PendingGrant { readonly site: string | null; readonly all: boolean; readonly tabId: number | null; readonly at: number }

export interface Background {
  onMessage(message: unknown, sender: MessageSender): Promise<unknown>;
  onInstalledOrStartup(): Promise<void>;
  onTabUpdated(tabId: number, change: { status?: string; url?: string }, tab: TabInfo): Promise<void>;
  onTabRemoved(tabId: number): Promise<void>;
  onPermissionsAdded(permissions: Permissions): Promise<void>;
  onPermissionsRemoved(permissions: Permissions): Promise<void>;
}

const fail = (error: string): Failure => ({ ok: false, error });
const ruleFail = (error: string, ruleError: RuleLineError): Failure => ({ ok: false, error, ruleError });

/** The host of a web page URL as rules name it ("https://www.News.Example:8443/x" → "news.example"), or null. */
function hostOfUrl(url: string | undefined): string | null {
  try { return url === undefined ? null : ruleHostOf(new URL(url).hostname) || null; } catch { return null; }
}
const ignore = (): void => undefined;

export function createBackground(api: BackgroundApi, now: () => number = Date.now): Background {
  const serial = serialQueue();

  const isExtensionPage = (sender: MessageSender): boolean => {
    if (sender.id !== undefined && sender.id !== api.runtime.id) return false;
    const base = api.runtime.getURL('');
    return typeof sender.url === 'string' && base.length > 0 && sender.url.startsWith(base);
  };

  const updateSettings = (change: (s: Settings) => Settings): Promise<Settings> => serial(async () => {
    const { settings } = await loadSettings(api);
    const next = change(settings);
    await saveSettings(api, next);
    await syncRegistrations(api, next).catch(ignore);
    return next;
  });

  const tell = (tabId: number, command: ContentCommand): Promise<void> =>
    api.tabs.sendMessage(tabId, command).then(ignore, ignore);

  async function tabUrl(tabId: number): Promise<string | null> {
    try { return (await api.tabs.get(tabId)).url ?? null; } catch { return null; }
  }

  /** Switch off every open tab of `site` we hold a result for (and the tab the popup named). */
  async function switchOffTabs(site: string | null, extraTab?: number): Promise<void> {
    const ids = new Set(await tabsWhere(api, (url) => site === null || siteOf(url) === site));
    if (extraTab !== undefined) ids.add(extraTab);
    await Promise.all([...ids].map(async (id) => {
      await tell(id, { type: 'content:off' });
      await clearTabState(api, id).catch(ignore);
      await showBadge(api, id, null).catch(ignore);
      await showIcon(api, id, false).catch(ignore);
    }));
  }

  function requiredSites(): Set<string> {
    try {
      return new Set((api.runtime.getManifest().host_permissions ?? []).flatMap((p) => sitesOfPattern(p).sites));
    } catch {
      return new Set();
    }
  }

  async function injectInto(tabId: number, site: string): Promise<boolean> {
    const url = await tabUrl(tabId);
    if (siteOf(url) !== site || !isScannableUrl(url)) return false;
    try {
      await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
      await showIcon(api, tabId, true).catch(ignore);
      return true;
    } catch {
      return false;
    }
  }

  async function enableSite(site: string, tabId: number | undefined): Promise<{ ok: true } | Failure> {
    const granted = await api.permissions.contains({ origins: [patternFor(site)] });
    if (!granted) {
      // The popup may close while the browser asks; permissions.onAdded finishes the job.
      const pending: PendingGrant = { site, all: false, tabId: tabId ?? null, at: now() };
      await api.storage.session.set({ [PENDING_KEY]: pending });
      return fail('permission-pending');
    }
    await api.storage.session.remove(PENDING_KEY);
    await updateSettings((s) => withSite(s, site, { enabled: true }));
    if (tabId !== undefined) await injectInto(tabId, site);
    return { ok: true };
  }

  async function disableSite(site: string, tabId: number | undefined): Promise<{ ok: true }> {
    const next = await updateSettings((s) => withSite(s, site, { enabled: false }));
    await switchOffTabs(site, tabId);
    // Give the permission back: a site that is off needs no access. Not the catch-all's, and
    // not one the manifest requires (removing those fails in Chrome and re-prompts in Firefox).
    if (!next.allSites && !requiredSites().has(site)) await api.permissions.remove({ origins: [patternFor(site)] }).catch(ignore);
    return { ok: true };
  }

  async function setAllSites(enabled: boolean): Promise<{ ok: true } | Failure> {
    if (enabled) {
      const granted = await api.permissions.contains({ origins: [...ALL_SITES_PATTERNS] });
      if (!granted) {
        const pending: PendingGrant = { site: null, all: true, tabId: null, at: now() };
        await api.storage.session.set({ [PENDING_KEY]: pending });
        return fail('permission-pending');
      }
      await api.storage.session.remove(PENDING_KEY);
    }
    await updateSettings((s) => {
      // Entries that only meant "excluded from all sites" mean nothing once all-sites is off.
      const sites = enabled ? s.sites : Object.fromEntries(Object.entries(s.sites).filter(([, v]) => v.enabled || v.supporter));
      return { ...s, allSites: enabled, sites };
    });
    if (!enabled) await api.permissions.remove({ origins: [...ALL_SITES_PATTERNS] }).catch(ignore);
    return { ok: true };
  }

  /** Tells every open tab the rules of `host` may apply to (and `extraTab`) to read them again and rescan. */
  async function rulesChanged(hosts: readonly string[], extraTab?: number): Promise<void> {
    const ids = new Set(await tabsWhere(api, (url) => {
      const h = hostOfUrl(url);
      return h !== null && hosts.some((host) => hostMatches(host, h));
    }).catch(() => [] as number[]));
    if (extraTab !== undefined) ids.add(extraTab);
    await Promise.all([...ids].map((id) => tell(id, { type: 'content:rules' })));
  }

  /** A command for the content script in `tabId`, with its answer (null when nothing answered). */
  async function ask(tabId: number, command: ContentCommand): Promise<unknown> {
    try { return await api.tabs.sendMessage(tabId, command); } catch { return null; }
  }
  const answeredOk = (r: unknown): boolean => typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === true;

  async function addRule(line: string, sender: MessageSender): Promise<{ ok: true } | Failure> {
    // The site from the browser-supplied sender, never from the payload.
    const tabId = sender.tab?.id;
    const url = sender.url ?? sender.tab?.url;
    if (typeof tabId !== 'number' || (sender.frameId ?? 0) !== 0 || !isScannableUrl(url)) return fail('bad-sender');
    const host = hostOfUrl(url);
    const rule = line.trim();
    const parsed = parseRuleLine(rule);
    if (host === null || !('rule' in parsed) || parsed.rule === null) return fail('bad-rule');
    if (parsed.rule.host !== host) return fail('wrong-host');
    let full = false;
    await updateSettings((s) => {
      const next = addRuleLine(s, host, rule);
      if (countRules(next.rules) > MAX_RULES) { full = true; return s; }
      return next;
    });
    if (full) return fail('too-many-rules');
    await rulesChanged([host], tabId);
    return { ok: true };
  }

  async function startPicker(tabId: number): Promise<{ ok: true } | Failure> {
    if (answeredOk(await ask(tabId, { type: 'content:pick' }))) return { ok: true };
    // No content script in the tab (the site is off): the popup's click granted activeTab, so
    // inject it as "scan once" does; its listener is registered as soon as it runs.
    const url = await tabUrl(tabId);
    if (!isScannableUrl(url)) return fail('cannot-pick');
    try {
      await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
    } catch {
      return fail('cannot-pick');
    }
    return answeredOk(await ask(tabId, { type: 'content:pick' })) ? { ok: true } : fail('cannot-pick');
  }

  async function setRules(host: string, lines: readonly string[]): Promise<SettingsReply | Failure> {
    const checked = checkHostLines(host, lines);
    if (!checked.ok) return ruleFail('bad-rule', checked.error);
    let full = false;
    await updateSettings((s) => {
      const next = withRules(s, host, checked.lines);
      if (countRules(next.rules) > MAX_RULES) { full = true; return s; }
      return next;
    });
    if (full) return fail('too-many-rules');
    await rulesChanged([host]);
    return settingsReply();
  }

  async function importRules(text: string): Promise<SettingsReply | Failure> {
    const block = parseRulesBlock(text);
    if (!block.ok) return ruleFail('bad-rule', block.error);
    let full = false;
    await updateSettings((s) => {
      let next = s;
      for (const [host, lines] of Object.entries(block.byHost)) {
        const prev = Object.hasOwn(next.rules, host) ? next.rules[host] ?? [] : [];
        // A rule already there is not added twice; comments always come along.
        const isComment = (l: string): boolean => l.startsWith('!') && !/^!\s*off\s/i.test(l);
        next = withRules(next, host, [...prev, ...lines.filter((l) => isComment(l) || !prev.includes(l))]);
      }
      if (countRules(next.rules) > MAX_RULES) { full = true; return s; }
      return next;
    });
    if (full) return fail('too-many-rules');
    await rulesChanged(Object.keys(block.byHost));
    return settingsReply();
  }

  async function tabState(explicit: number | undefined): Promise<TabStateReply> {
    return { ok: true, state: await readTabState(api, explicit) };
  }

  async function settingsReply(): Promise<SettingsReply> {
    const { settings } = await loadSettings(api);
    return { ok: true, settings, notice: await readNotice(api), exported: exportSettings(settings) };
  }

  async function handle(msg: BackgroundRequest, sender: MessageSender): Promise<unknown> {
    switch (msg.type) {
      case 'report': {
        // Tab and URL from the browser-supplied sender; the payload names neither.
        const tabId = sender.tab?.id;
        const url = sender.url ?? sender.tab?.url;
        if (typeof tabId !== 'number' || (sender.frameId ?? 0) !== 0 || !isScannableUrl(url) || url === undefined) return fail('bad-sender');
        await setTabState(api, tabId, url, msg.report, now());
        await showBadge(api, tabId, msg.report);
        return { ok: true };
      }
      case 'addRule': return addRule(msg.rule, sender);
      case 'startPicker': return startPicker(msg.tabId);
      case 'notAppeal': {
        const reply = await ask(msg.tabId, { type: 'content:notAppeal', appealId: msg.appealId });
        return answeredOk(reply) ? { ok: true } : fail('no-such-appeal');
      }
      case 'setRules': return setRules(msg.host, msg.lines);
      case 'importRules': return importRules(msg.text);
      case 'getTabState': return tabState(msg.tabId);
      case 'setSiteEnabled': return msg.enabled ? enableSite(msg.site, msg.tabId) : disableSite(msg.site, msg.tabId);
      case 'setSupporter': await updateSettings((s) => withSite(s, msg.site, { supporter: msg.supporter })); return { ok: true };
      case 'setMode': await updateSettings((s) => ({ ...s, mode: msg.mode })); return { ok: true };
      case 'setAllSites': return setAllSites(msg.enabled);
      case 'scanOnce':
        try {
          await api.scripting.executeScript({ target: { tabId: msg.tabId }, files: [CONTENT_JS] });
          return { ok: true };
        } catch {
          return fail('cannot-scan');
        }
      case 'getSettings': return settingsReply();
      case 'importSettings': {
        const result = importSettings(msg.text);
        if (!result.ok) return result.error === 'bad-rule' ? ruleFail('import-bad-rule', result.ruleError) : fail(`import-${result.error}`);
        const before = (await loadSettings(api)).settings;
        await updateSettings(() => result.settings);
        await api.storage.local.remove(NOTICE_KEY);
        await rulesChanged([...new Set([...Object.keys(before.rules), ...Object.keys(result.settings.rules)])]);
        return settingsReply();
      }
      case 'dismissNotice': await api.storage.local.remove(NOTICE_KEY); return { ok: true };
    }
  }

  return {
    async onMessage(message, sender) {
      const msg = parseBackgroundRequest(message);
      if (!msg) return fail('invalid-message');
      if (sender.id !== undefined && sender.id !== api.runtime.id) return fail('foreign-sender');
      if (PAGE_ONLY_TYPES.has(msg.type) && !isExtensionPage(sender)) return fail('not-allowed');
      if (CONTENT_ONLY_TYPES.has(msg.type) && isExtensionPage(sender)) return fail('bad-sender');
      try {
        return await handle(msg, sender);
      } catch {
        return fail('internal');
      }
    },

    async onInstalledOrStartup() {
      // One queued task: a site switched on in between must not be undone by a sync from the
      // settings as they were before it.
      await serial(async () => syncRegistrations(api, await repairStoredSettings(api)));
    },

    async onTabUpdated(tabId, change, tab) {
      if (change.status !== 'loading' && change.url === undefined) return;
      // A new page (or reload): the old result is stale. The content script reports afresh.
      if (change.status === 'loading') {
        await clearTabState(api, tabId);
        await showBadge(api, tabId, null);
      }
      const { settings } = await loadSettings(api);
      const url = change.url ?? tab.url;
      await showIcon(api, tabId, isScannableUrl(url) && isSiteEnabled(settings, siteOf(url)));
    },

    async onTabRemoved(tabId) {
      await clearTabState(api, tabId);
    },

    async onPermissionsAdded(permissions) {
      const stored = await api.storage.session.get(PENDING_KEY);
      const pending = stored[PENDING_KEY] as PendingGrant | undefined;
      if (!pending || typeof pending !== 'object' || now() - pending.at > PENDING_TTL_MS) return;
      const added = (permissions.origins ?? []).map(sitesOfPattern);
      const granted = await grantedPermissions(api);
      if (pending.all && granted.all) await setAllSites(true);
      else if (pending.site && added.some((a) => a.all || a.sites.includes(pending.site ?? ''))) {
        await enableSite(pending.site, pending.tabId ?? undefined);
      }
    },

    async onPermissionsRemoved(permissions) {
      const removed = (permissions.origins ?? []).map(sitesOfPattern);
      const lostAll = removed.some((r) => r.all);
      const sites = removed.flatMap((r) => r.sites);
      const before = (await loadSettings(api)).settings;
      await updateSettings((s) => {
        let next = lostAll ? { ...s, allSites: false } : s;
        for (const site of sites) if (isSiteEnabled(next, site)) next = withSite(next, site, { enabled: false });
        return next;
      });
      if (lostAll && before.allSites) await switchOffTabs(null);
      for (const site of sites) await switchOffTabs(site);
    },
  };
}
