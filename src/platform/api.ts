// The slice of the WebExtension API this extension uses, as plain structural types.
// Modules take an `ExtApi` (or a part of it) as a parameter, so unit tests pass a fake and
// only `src/platform/browser.ts` touches the real polyfill.

export interface ListenerEvent<F extends (...args: never[]) => unknown> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

export interface TabInfo {
  readonly id?: number;
  readonly url?: string;
  readonly active?: boolean;
  readonly windowId?: number;
  readonly lastAccessed?: number;
}

export interface MessageSender {
  readonly tab?: TabInfo;
  readonly frameId?: number;
  readonly id?: string;
  readonly url?: string;
}

export interface StorageChange { readonly oldValue?: unknown; readonly newValue?: unknown }

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface ContentScriptRegistration {
  readonly id: string;
  readonly matches?: string[];
  readonly excludeMatches?: string[];
  readonly js?: string[];
  readonly runAt?: 'document_start' | 'document_end' | 'document_idle';
  readonly allFrames?: boolean;
  readonly persistAcrossSessions?: boolean;
}

export interface Permissions { readonly origins?: string[]; readonly permissions?: string[] }

export type OnMessage = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** What a content script may use. */
export interface ContentApi {
  readonly runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    readonly onMessage: ListenerEvent<OnMessage>;
  };
  readonly storage: {
    readonly local: Pick<StorageArea, 'get'>;
    readonly onChanged: ListenerEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  readonly i18n: { getMessage(name: string, substitutions?: string | string[]): string };
}

/** What extension pages (popup, options) may use. */
export interface PageApi {
  readonly runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
  };
  readonly tabs: {
    query(query: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
    getCurrent(): Promise<TabInfo | undefined>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  readonly permissions: {
    request(permissions: Permissions): Promise<boolean>;
    contains(permissions: Permissions): Promise<boolean>;
  };
  readonly storage: {
    readonly local: Pick<StorageArea, 'get'>;
    readonly session: Pick<StorageArea, 'get'>;
    readonly onChanged: ListenerEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  readonly i18n: { getMessage(name: string, substitutions?: string | string[]): string; getUILanguage(): string };
}

/** What the background uses. */
export interface BackgroundApi {
  readonly runtime: {
    readonly id?: string;
    getURL(path: string): string;
    getManifest(): { readonly host_permissions?: string[] };
    readonly onMessage: ListenerEvent<OnMessage>;
    readonly onInstalled: ListenerEvent<(details: { reason: string; previousVersion?: string }) => void>;
    readonly onStartup: ListenerEvent<() => void>;
  };
  readonly storage: {
    readonly local: StorageArea;
    readonly session: StorageArea;
  };
  readonly tabs: {
    get(tabId: number): Promise<TabInfo>;
    query(query: Record<string, never>): Promise<TabInfo[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    readonly onUpdated: ListenerEvent<(tabId: number, changeInfo: { status?: string; url?: string }, tab: TabInfo) => void>;
    readonly onRemoved: ListenerEvent<(tabId: number) => void>;
  };
  readonly action: {
    setBadgeText(details: { tabId?: number; text: string | null }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
    setIcon(details: { tabId?: number; path: Record<string, string> }): Promise<void>;
    setTitle(details: { tabId?: number; title: string | null }): Promise<void>;
  };
  readonly permissions: {
    contains(permissions: Permissions): Promise<boolean>;
    getAll(): Promise<Permissions>;
    remove(permissions: Permissions): Promise<boolean>;
    readonly onAdded: ListenerEvent<(permissions: Permissions) => void>;
    readonly onRemoved: ListenerEvent<(permissions: Permissions) => void>;
  };
  readonly scripting: {
    registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScriptRegistration[]>;
    executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown[]>;
  };
  readonly i18n: { getMessage(name: string, substitutions?: string | string[]): string };
}
