// The background's behaviour as plain functions over an injected API (tests pass a fake).
// index.ts registers them as top-level listeners.
import type { BackgroundApi, MessageSender, Permissions, TabInfo } from '../platform/api.js';
import {
  PAGE_ONLY_TYPES, parseBackgroundRequest, type BackgroundRequest, type ContentCommand, type Failure,
  type SettingsReply, type TabStateReply,
} from '../shared/messages.js';
import { ALL_SITES_PATTERNS, isScannableUrl, patternFor, siteOf, sitesOfPattern } from '../shared/origin.js';
import { exportSettings, importSettings, isSiteEnabled, NOTICE_KEY, withSite, type Settings } from '../shared/settings.js';
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
        if (!result.ok) return fail(`import-${result.error}`);
        await updateSettings(() => result.settings);
        await api.storage.local.remove(NOTICE_KEY);
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
      if (msg.type === 'report' && isExtensionPage(sender)) return fail('bad-sender');
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
