// Popup behaviour: find the tab, ask the background for its state, render, and wire the controls.
// The site switch calls permissions.request() synchronously inside the change handler:
// Firefox refuses a request made after an await.
import type { PageApi } from '../platform/api.js';
import type { TabState } from '../shared/messages.js';
import { readTabState } from '../shared/tab-view.js';
import { patternFor } from '../shared/origin.js';
import { localize, setDocumentLanguage, t } from '../shared/i18n-dom.js';
import { isMode } from '../shared/settings.js';
import { render } from './render.js';

export interface PopupHandle {
  /** Resolves once the first real state has been rendered. */
  readonly ready: Promise<void>;
  refresh(): Promise<void>;
  readonly state: TabState | null;
}

/** ?tab=ID (the toolbar popup's tab), or undefined. */
function tabParam(search: string): number | undefined {
  const param = new URLSearchParams(search).get('tab');
  return param !== null && /^\d{1,10}$/.test(param) ? Number(param) : undefined;
}

const isOk = (r: unknown): r is { ok: true } => typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === true;

/** Timeline marks (popup:*) for the bench and for DevTools; never throws. */
function mark(doc: Document, name: string): void {
  try { doc.defaultView?.performance.mark(`popup:${name}`); } catch { /* no User Timing */ }
}

export function startPopup(doc: Document, api: PageApi, search: string): PopupHandle {
  mark(doc, 'start');
  // The toolbar passes ?tab=ID: start reading before anything else, so the storage round trip
  // overlaps with localizing the static text.
  const explicitTab = tabParam(search);
  const firstRead = explicitTab === undefined ? null : readTabState(api, explicitTab);
  firstRead?.catch(() => undefined); // handled where it is awaited
  const msg = (name: string, subs?: string | string[]): string => api.i18n.getMessage(name, subs);
  const locale = (() => { try { return api.i18n.getUILanguage(); } catch { return undefined; } })();
  localize(doc, msg);
  setDocumentLanguage(doc, msg);
  let state: TabState | null = null;
  let tabId: number | undefined;
  let autoScanned = false;
  let granted = false;

  const el = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;
  const draw = (error?: string): void => {
    render(doc, msg, state, error === undefined ? { ...(locale ? { locale } : {}) } : { error, ...(locale ? { locale } : {}) });
  };
  draw();

  const send = async (message: unknown): Promise<unknown> => api.runtime.sendMessage(message);

  async function resolveTab(): Promise<number | undefined> {
    if (explicitTab !== undefined) return explicitTab;
    const [active] = await api.tabs.query({ active: true, currentWindow: true });
    const self = await api.tabs.getCurrent().catch(() => undefined);
    // Opened as a normal tab rather than the toolbar popup: let the background pick the last web tab.
    if (!active || active.id === undefined || (self && self.id === active.id)) return undefined;
    return active.id;
  }

  async function refresh(pending?: Promise<TabState>): Promise<void> {
    try {
      // Read directly (no background round trip): the popup must render within 100 ms.
      mark(doc, 'read');
      state = await (pending ?? readTabState(api, tabId));
      mark(doc, 'state');
      if (state.tabId !== null) tabId = state.tabId;
      draw();
      mark(doc, 'drawn');
      if (state.site) granted = await api.permissions.contains({ origins: [patternFor(state.site)] }).catch(() => false);
      // A page of an enabled site loaded before it was switched on has no result yet: scan it now.
      if (state.enabled && state.scannable && !state.report && !autoScanned && state.tabId !== null) {
        autoScanned = true;
        void send({ type: 'scanOnce', tabId: state.tabId }).catch(() => undefined);
      }
    } catch {
      draw(t(msg, 'stateError', 'Something went wrong. Reload the page and try again.'));
    }
  }

  const toggle = el<HTMLInputElement>('site-toggle');
  toggle.addEventListener('change', () => {
    const site = state?.site;
    if (!site) return;
    const on = toggle.checked;
    if (on) {
      // FIRST, synchronously: the user gesture is only valid until the first await.
      const request = api.permissions.request({ origins: [patternFor(site)] });
      const enable = { type: 'setSiteEnabled', site, enabled: true, ...(tabId !== undefined ? { tabId } : {}) };
      // Not yet granted: tell the background now, in case the popup closes while the browser asks.
      if (!granted) void send(enable).catch(() => undefined);
      void request.then(async (ok) => {
        if (!ok) { toggle.checked = false; return; }
        granted = true;
        await send(enable);
        await refresh();
      }).catch(() => { toggle.checked = false; });
    } else {
      void send({ type: 'setSiteEnabled', site, enabled: false, ...(tabId !== undefined ? { tabId } : {}) })
        .then(() => refresh()).catch(() => undefined);
    }
  });

  el<HTMLButtonElement>('scan-once').addEventListener('click', () => {
    if (tabId === undefined) return;
    render(doc, msg, state ? { ...state, report: null } : null, { loading: true }); // until the report lands
    void send({ type: 'scanOnce', tabId }).then((r) => {
      if (!isOk(r)) draw(t(msg, 'stateCannotScan', "This page can't be scanned"));
      return refresh();
    }).catch(() => undefined);
  });

  el<HTMLUListElement>('appeals').addEventListener('click', (ev) => {
    const button = (ev.target as Element | null)?.closest?.('button.appeal-show, button.appeal-not');
    const item = button?.closest('li.appeal');
    const id = item?.getAttribute('data-appeal-id');
    if (!button || !item || !id || tabId === undefined) return;
    if (button.classList.contains('appeal-not')) {
      // The content script unflags it at once and stores the rule; its new report updates this list.
      (button as HTMLButtonElement).disabled = true;
      item.setAttribute('data-dismissed', '');
      void send({ type: 'notAppeal', tabId, appealId: id }).then((r) => {
        if (!isOk(r)) { (button as HTMLButtonElement).disabled = false; item.removeAttribute('data-dismissed'); draw(t(msg, 'notAppealFailed', "Couldn't reach the page. Reload it and try again.")); }
      }).catch(() => undefined);
      return;
    }
    void api.tabs.sendMessage(tabId, { type: 'content:show', appealId: id }).catch(() => undefined);
  });

  el<HTMLButtonElement>('pick').addEventListener('click', () => {
    if (tabId === undefined) return;
    const id = tabId;
    void send({ type: 'startPicker', tabId: id }).then((r) => {
      if (!isOk(r)) { draw(t(msg, 'pickFailed', "Can't pick on this page")); return; }
      // The picker runs in the page: the popup gets out of its way (a popup opened as a tab stays).
      try { doc.defaultView?.close(); } catch { /* not closable */ }
    }).catch(() => undefined);
  });

  el<HTMLInputElement>('supporter').addEventListener('change', (ev) => {
    const site = state?.site;
    if (!site) return;
    void send({ type: 'setSupporter', site, supporter: (ev.target as HTMLInputElement).checked }).catch(() => undefined);
  });

  el<HTMLSelectElement>('mode').addEventListener('change', (ev) => {
    const mode = (ev.target as HTMLSelectElement).value;
    if (isMode(mode)) void send({ type: 'setMode', mode }).catch(() => undefined);
  });

  el<HTMLButtonElement>('open-options').addEventListener('click', () => {
    void api.runtime.openOptionsPage().catch(() => undefined);
  });

  // Live updates: a late appeal, a finished scan, a settings change elsewhere.
  api.storage.onChanged.addListener((changes, area) => {
    const relevant = (area === 'session' && tabId !== undefined && `tab:${tabId}` in changes) || (area === 'local' && 'settings' in changes);
    if (relevant) void refresh();
  });

  const ready = (async () => {
    try { tabId = await resolveTab(); } catch { tabId = undefined; }
    await refresh(firstRead ?? undefined);
  })();

  return { ready, refresh: () => refresh(), get state() { return state; } };
}

