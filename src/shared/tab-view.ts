// What the popup shows for a tab, read straight from storage and the tabs API. Extension pages
// may read storage.session themselves, so the popup need not wake the background to render
// (a cold service worker costs tens of milliseconds); all writes still go through the background.
import type { StorageArea, TabInfo } from '../platform/api.js';
import { isStoredTabState, tabKey, type TabState } from './messages.js';
import { isScannableUrl, siteOf } from './origin.js';
import { isSiteEnabled, isSupporter, migrate, SETTINGS_KEY } from './settings.js';

export interface TabViewApi {
  readonly storage: { readonly local: Pick<StorageArea, 'get'>; readonly session: Pick<StorageArea, 'get'> };
  readonly tabs: { get(tabId: number): Promise<TabInfo>; query(query: Record<string, never>): Promise<TabInfo[]> };
}

/** Most recently used web tab (for a popup opened as a normal tab without ?tab=). */
export async function guessWebTab(api: TabViewApi): Promise<number | null> {
  const tabs = (await api.tabs.query({})).filter((t) => typeof t.id === 'number' && isScannableUrl(t.url));
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return tabs[0]?.id ?? null;
}

export async function readTabState(api: TabViewApi, explicit: number | undefined): Promise<TabState> {
  const tabId = explicit ?? (await guessWebTab(api));
  const key = tabId === null ? null : tabKey(tabId);
  const [local, session, tab] = await Promise.all([
    api.storage.local.get(SETTINGS_KEY),
    key === null ? Promise.resolve({}) : api.storage.session.get(key),
    tabId === null ? Promise.resolve(null) : api.tabs.get(tabId).catch(() => null),
  ]);
  const settings = migrate(local[SETTINGS_KEY]).settings;
  const raw = key === null ? undefined : (session as Record<string, unknown>)[key];
  const stored = isStoredTabState(raw) ? raw : null;
  // Without a host permission (or activeTab) the browser hides the tab's URL; the content
  // script's report, if any, still knows it.
  const url = tab?.url ?? stored?.url ?? null;
  const site = siteOf(url);
  return {
    tabId, url, site, scannable: isScannableUrl(url),
    enabled: isSiteEnabled(settings, site), supporter: isSupporter(settings, site), mode: settings.mode,
    report: stored && siteOf(stored.url) === site ? stored.report : null,
  };
}
