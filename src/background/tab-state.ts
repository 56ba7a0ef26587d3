// Per-tab results live in storage.session (`tab:<id>`): the service worker / event page can be
// stopped at any time, session storage survives that and is gone when the browser closes.
import type { BackgroundApi } from '../platform/api.js';
import { isStoredTabState, tabKey, type ReportPayload, type StoredTabState } from '../shared/messages.js';

type Session = { readonly storage: Pick<BackgroundApi['storage'], 'session'> };

export async function getTabState(api: Session, tabId: number): Promise<StoredTabState | null> {
  const key = tabKey(tabId);
  const stored = await api.storage.session.get(key);
  const value = stored[key];
  return isStoredTabState(value) ? value : null;
}

export async function setTabState(api: Session, tabId: number, url: string, report: ReportPayload, at: number): Promise<void> {
  const value: StoredTabState = { url, report, at };
  await api.storage.session.set({ [tabKey(tabId)]: value });
}

export async function clearTabState(api: Session, tabId: number): Promise<void> {
  await api.storage.session.remove(tabKey(tabId));
}

/** Tab ids with a stored result whose URL satisfies `match`. */
export async function tabsWhere(api: Session, match: (url: string) => boolean): Promise<number[]> {
  const all = await api.storage.session.get(null);
  const ids: number[] = [];
  for (const [key, value] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (m && isStoredTabState(value) && match(value.url)) ids.push(Number(m[1]));
  }
  return ids;
}
