// An in-memory WebExtension API for unit tests: storage areas with onChanged, content-script
// registrations, permissions, per-tab action state, tabs, and message routing between the
// "background" listener and per-tab "content" listeners. Every call is recorded in `calls`.
import type {
  BackgroundApi, ContentApi, ContentScriptRegistration, ListenerEvent, MessageSender, OnMessage, PageApi,
  Permissions, StorageArea, StorageChange, TabInfo,
} from '../../src/platform/api.js';

type Fn = (...args: never[]) => unknown;

export class FakeEvent<F extends Fn> implements ListenerEvent<F> {
  readonly listeners: F[] = [];
  addListener(l: F): void { this.listeners.push(l); }
  removeListener(l: F): void { const i = this.listeners.indexOf(l); if (i >= 0) this.listeners.splice(i, 1); }
  hasListeners(): boolean { return this.listeners.length > 0; }
  fire(...args: Parameters<F>): unknown[] { return this.listeners.map((l) => (l as (...a: Parameters<F>) => unknown)(...args)); }
}

type ChangedListener = (changes: Record<string, StorageChange>, areaName: string) => void;

const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));

class FakeStorageArea implements StorageArea {
  data: Record<string, unknown> = {};
  constructor(private readonly name: string, private readonly changed: FakeEvent<ChangedListener>) {}
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    if (keys === null || keys === undefined) return clone(this.data);
    const list = Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of list) if (k in this.data) out[k] = clone(this.data[k]);
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, StorageChange> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: clone(this.data[k]), newValue: clone(v) };
      this.data[k] = clone(v);
    }
    this.changed.fire(changes, this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, StorageChange> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (k in this.data) { changes[k] = { oldValue: clone(this.data[k]) }; delete this.data[k]; }
    }
    if (Object.keys(changes).length) this.changed.fire(changes, this.name);
  }
}

export interface Call { readonly api: string; readonly args: unknown[] }

export const EXTENSION_ID = 'fake-extension-id';
export const EXTENSION_BASE = `chrome-extension://${EXTENSION_ID}/`;

/** What a test needs to know about a content script "running" in a tab. */
export interface FakeContent { onMessage: OnMessage }

export class FakeBrowser {
  readonly calls: Call[] = [];
  readonly storageChanged = new FakeEvent<ChangedListener>();
  readonly local = new FakeStorageArea('local', this.storageChanged);
  readonly session = new FakeStorageArea('session', this.storageChanged);
  readonly onMessage = new FakeEvent<OnMessage>();
  readonly onInstalled = new FakeEvent<(d: { reason: string }) => void>();
  readonly onStartup = new FakeEvent<() => void>();
  readonly onUpdated = new FakeEvent<(tabId: number, change: { status?: string; url?: string }, tab: TabInfo) => void>();
  readonly onRemoved = new FakeEvent<(tabId: number) => void>();
  readonly onPermAdded = new FakeEvent<(p: Permissions) => void>();
  readonly onPermRemoved = new FakeEvent<(p: Permissions) => void>();
  /** Granted host-permission patterns. */
  readonly granted = new Set<string>();
  /** Answer to the next permissions.request (true = the user accepts). */
  grantOnRequest = true;
  readonly registered = new Map<string, ContentScriptRegistration>();
  readonly tabs = new Map<number, TabInfo>();
  /** Tabs where "the content script" runs: messages sent with tabs.sendMessage go here. */
  readonly contentInTab = new Map<number, FakeContent>();
  readonly badgeText = new Map<number, string>();
  readonly badgeColor = new Map<number, string>();
  readonly icon = new Map<number, Record<string, string>>();
  readonly injected: number[] = [];
  /** Runs after a successful scripting.executeScript (a test can start "the content script" there). */
  executeHook: ((tabId: number) => void) | null = null;
  hostPermissionsInManifest: string[] = [];
  runtimeId: string | undefined = EXTENSION_ID;
  messages: Record<string, string> = {};

  private record(api: string, ...args: unknown[]): void { this.calls.push({ api, args: clone(args) }); }
  callsTo(api: string): Call[] { return this.calls.filter((c) => c.api === api); }

  addTab(id: number, url: string | undefined, extra: Partial<TabInfo> = {}): void {
    this.tabs.set(id, { id, ...(url !== undefined ? { url } : {}), active: false, windowId: 1, lastAccessed: id, ...extra });
  }

  private covers(pattern: string): boolean {
    if (this.granted.has(pattern)) return true;
    const m = /^(https?):\/\//.exec(pattern);
    return m ? this.granted.has(`${m[1]}://*/*`) : false;
  }

  get background(): BackgroundApi {
    const self = this;
    return {
      runtime: {
        get id() { return self.runtimeId; },
        getURL: (p: string) => `${EXTENSION_BASE}${p}`,
        getManifest: () => ({ host_permissions: [...self.hostPermissionsInManifest] }),
        onMessage: this.onMessage, onInstalled: this.onInstalled, onStartup: this.onStartup,
      },
      storage: { local: this.local, session: this.session },
      tabs: {
        get: async (tabId: number) => {
          const t = self.tabs.get(tabId);
          if (!t) throw new Error(`No tab with id: ${tabId}`);
          return clone(t);
        },
        query: async () => [...self.tabs.values()].map(clone),
        sendMessage: (tabId: number, message: unknown) => self.sendToTab(tabId, message),
        onUpdated: this.onUpdated, onRemoved: this.onRemoved,
      },
      action: {
        setBadgeText: async (d) => { self.record('action.setBadgeText', d); if (d.tabId !== undefined) self.badgeText.set(d.tabId, d.text ?? ''); },
        setBadgeBackgroundColor: async (d) => { self.record('action.setBadgeBackgroundColor', d); if (d.tabId !== undefined) self.badgeColor.set(d.tabId, d.color); },
        setIcon: async (d) => { self.record('action.setIcon', d); if (d.tabId !== undefined) self.icon.set(d.tabId, d.path); },
        setTitle: async (d) => { self.record('action.setTitle', d); },
      },
      permissions: {
        contains: async (p) => (p.origins ?? []).every((o) => self.covers(o)),
        getAll: async () => ({ origins: [...self.granted], permissions: ['storage', 'scripting', 'activeTab'] }),
        remove: async (p) => {
          self.record('permissions.remove', p);
          const origins = p.origins ?? [];
          if (origins.some((o) => self.hostPermissionsInManifest.includes(o))) throw new Error('You cannot remove required permissions.');
          const removed = origins.filter((o) => self.granted.delete(o));
          if (removed.length) self.onPermRemoved.fire({ origins: removed });
          return removed.length > 0;
        },
        onAdded: this.onPermAdded, onRemoved: this.onPermRemoved,
      },
      scripting: {
        registerContentScripts: async (scripts) => {
          self.record('scripting.registerContentScripts', scripts);
          for (const s of scripts) if (self.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          for (const s of scripts) self.registered.set(s.id, clone(s));
        },
        unregisterContentScripts: async (filter) => {
          self.record('scripting.unregisterContentScripts', filter);
          const ids = filter?.ids ?? [...self.registered.keys()];
          for (const id of ids) if (!self.registered.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
          for (const id of ids) self.registered.delete(id);
        },
        getRegisteredContentScripts: async () => [...self.registered.values()].map(clone),
        executeScript: async (inj) => {
          self.record('scripting.executeScript', inj);
          const tab = self.tabs.get(inj.target.tabId);
          if (!tab) throw new Error('No tab');
          if (!tab.url || !self.covers(`${new URL(tab.url).protocol}//${new URL(tab.url).hostname}/*`)) throw new Error('Cannot access contents of the page');
          self.injected.push(inj.target.tabId);
          self.executeHook?.(inj.target.tabId);
          return [];
        },
      },
      i18n: { getMessage: (name: string) => self.messages[name] ?? '' },
    };
  }

  /** The API as an extension page (popup/options) sees it; messages go to the background listener. */
  page(senderUrl = `${EXTENSION_BASE}popup.html`, senderTab?: TabInfo): PageApi {
    const self = this;
    return {
      runtime: {
        get id() { return self.runtimeId; },
        sendMessage: (message: unknown) => self.sendToBackground(message, { id: EXTENSION_ID, url: senderUrl, ...(senderTab ? { tab: senderTab } : {}) }),
        getURL: (p: string) => `${EXTENSION_BASE}${p}`,
        openOptionsPage: async () => { self.record('runtime.openOptionsPage'); },
      },
      tabs: {
        query: async (q) => [...self.tabs.values()].filter((t) => q.active === undefined || t.active === q.active).map(clone),
        get: async (tabId: number) => {
          const t = self.tabs.get(tabId);
          if (!t) throw new Error(`No tab with id: ${tabId}`);
          return clone(t);
        },
        getCurrent: async () => (senderTab ? clone(senderTab) : undefined),
        sendMessage: (tabId: number, message: unknown) => self.sendToTab(tabId, message),
      },
      permissions: {
        request: (p: Permissions) => {
          self.record('permissions.request', p);
          const ok = self.grantOnRequest;
          const added = ok ? (p.origins ?? []).filter((o) => !self.granted.has(o)) : [];
          return new Promise((resolve) => setTimeout(() => {
            for (const o of added) self.granted.add(o);
            if (added.length) self.onPermAdded.fire({ origins: added });
            resolve(ok);
          }, 0));
        },
        contains: async (p) => (p.origins ?? []).every((o) => self.covers(o)),
      },
      storage: { local: this.local, session: this.session, onChanged: this.storageChanged },
      i18n: { getMessage: (name: string) => self.messages[name] ?? '', getUILanguage: () => 'en' },
    };
  }

  /** The API as a content script in `tabId` sees it. */
  content(tabId: number, frameUrl: string): ContentApi {
    const self = this;
    const onMessage = new FakeEvent<OnMessage>();
    self.contentInTab.set(tabId, { onMessage: (m, s) => onMessage.fire(m, s).find((r) => r !== undefined) as Promise<unknown> | undefined });
    return {
      runtime: {
        get id() { return self.runtimeId; },
        sendMessage: (message: unknown) => {
          if (self.runtimeId === undefined) throw new Error('Extension context invalidated.');
          return self.sendToBackground(message, { id: EXTENSION_ID, url: frameUrl, frameId: 0, tab: clone(self.tabs.get(tabId) ?? { id: tabId }) });
        },
        onMessage,
      },
      storage: { local: this.local, onChanged: this.storageChanged },
      i18n: { getMessage: (name: string) => self.messages[name] ?? '' },
    };
  }

  async sendToBackground(message: unknown, sender: MessageSender): Promise<unknown> {
    const msg = clone(message); // structured clone, like the real channel
    const replies = this.onMessage.fire(msg, sender).filter((r) => r !== undefined);
    if (replies.length === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
    return clone(await replies[0]);
  }

  async sendToTab(tabId: number, message: unknown): Promise<unknown> {
    this.record('tabs.sendMessage', tabId, message);
    const content = this.contentInTab.get(tabId);
    const reply = content?.onMessage(clone(message), { id: EXTENSION_ID });
    if (reply === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
    return reply;
  }
}

/** Lets pending promise callbacks and zero-delay timers run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}
