// Every message the extension sends, as ONE discriminated union, with runtime guards.
// Guards refuse anything that is not exactly a known shape within the size caps; the
// background takes the tab and URL from the browser-supplied sender, never from a payload.
import type { AppealKind, PaywallState, Placement } from '../core/types.js';
import { isSiteKey } from './origin.js';
import { isMode, type Mode, type Settings, type SettingsNotice } from './settings.js';

/** Caps: a legitimate report is far below all of them (the content script trims before sending). */
export const LIMITS = Object.freeze({
  appeals: 200,
  reasons: 20,
  paywallSignals: 30,
  excerpt: 300,
  reason: 300,
  title: 300,
  id: 32,
  json: 256 * 1024,
  importText: 1_000_000,
});

const KINDS: readonly AppealKind[] = ['donation', 'subscription', 'paywall', 'newsletter', 'other'];
const PLACEMENTS: readonly Placement[] = ['inline', 'appended', 'overlay', 'banner', 'sidebar'];
const PAYWALL_STATES: readonly PaywallState[] = ['free', 'metered', 'registration', 'hard', 'premium-section', 'unknown'];

/** One appeal as it travels and is stored (no Element references). */
export interface AppealSummary {
  readonly id: string;
  readonly kind: AppealKind;
  readonly placement: Placement;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly excerpt: string;
  readonly words: number;
  /** false when counted but deliberately not flagged ("I already support this outlet"). */
  readonly flagged: boolean;
}

/** What the content script reports about a page. */
export interface ReportPayload {
  readonly title: string | null;
  readonly wordsArticle: number;
  readonly wordsAppeals: number;
  /** Primary appeals (donation, subscription, paywall) in document order. */
  readonly appeals: readonly AppealSummary[];
  /** Newsletter and other low-priority asks: counted only. */
  readonly minorCount: number;
  readonly paywall: { readonly detected: boolean; readonly state: PaywallState; readonly signals: readonly string[] };
  readonly partial: boolean;
  readonly ms: number | null;
}

// ---- content script → background
export interface ReportMessage { readonly type: 'report'; readonly report: ReportPayload }

// ---- extension pages → background
export interface GetTabStateMessage { readonly type: 'getTabState'; readonly tabId?: number }
export interface SetSiteEnabledMessage { readonly type: 'setSiteEnabled'; readonly site: string; readonly enabled: boolean; readonly tabId?: number }
export interface SetSupporterMessage { readonly type: 'setSupporter'; readonly site: string; readonly supporter: boolean }
export interface SetModeMessage { readonly type: 'setMode'; readonly mode: Mode }
export interface SetAllSitesMessage { readonly type: 'setAllSites'; readonly enabled: boolean }
export interface ScanOnceMessage { readonly type: 'scanOnce'; readonly tabId: number }
export interface GetSettingsMessage { readonly type: 'getSettings' }
export interface ImportSettingsMessage { readonly type: 'importSettings'; readonly text: string }
export interface DismissNoticeMessage { readonly type: 'dismissNotice' }

// ---- extension → content script (tabs.sendMessage)
export interface ContentOffMessage { readonly type: 'content:off' }
export interface ContentShowMessage { readonly type: 'content:show'; readonly appealId: string }
export interface ContentRescanMessage { readonly type: 'content:rescan' }

export type BackgroundRequest =
  | ReportMessage | GetTabStateMessage | SetSiteEnabledMessage | SetSupporterMessage | SetModeMessage
  | SetAllSitesMessage | ScanOnceMessage | GetSettingsMessage | ImportSettingsMessage | DismissNoticeMessage;
export type ContentCommand = ContentOffMessage | ContentShowMessage | ContentRescanMessage;
export type Message = BackgroundRequest | ContentCommand;

/** Requests only extension pages may send (they change settings or act on a tab). */
export const PAGE_ONLY_TYPES: ReadonlySet<BackgroundRequest['type']> = new Set([
  'getTabState', 'setSiteEnabled', 'setSupporter', 'setMode', 'setAllSites', 'scanOnce',
  'getSettings', 'importSettings', 'dismissNotice',
]);

// ---- responses
export interface TabState {
  readonly tabId: number | null;
  readonly url: string | null;
  readonly site: string | null;
  readonly scannable: boolean;
  readonly enabled: boolean;
  readonly supporter: boolean;
  readonly mode: Mode;
  readonly report: ReportPayload | null;
}
export type Failure = { readonly ok: false; readonly error: string };
export type Reply<T extends object = object> = ({ readonly ok: true } & T) | Failure;
export type TabStateReply = Reply<{ readonly state: TabState }>;
export type SettingsReply = Reply<{ readonly settings: Settings; readonly notice: SettingsNotice | null; readonly exported: string }>;

/** What the background stores per tab in storage.session under `tab:<id>`. */
export interface StoredTabState {
  readonly url: string;
  readonly report: ReportPayload;
  readonly at: number;
}
export const tabKey = (tabId: number): string => `tab:${tabId}`;

// ---- guards
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2 ** 31;
const isStrList = (v: unknown, maxItems: number, maxLen: number): v is string[] =>
  Array.isArray(v) && v.length <= maxItems && v.every((s) => isStr(s, maxLen));
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
/** Exactly these keys (optional ones may be absent): unknown extra fields are refused. */
const hasOnlyKeys = (o: Obj, required: readonly string[], optional: readonly string[] = []): boolean =>
  required.every((k) => Object.hasOwn(o, k)) && Object.keys(o).every((k) => required.includes(k) || optional.includes(k));

function isAppealSummary(v: unknown): v is AppealSummary {
  if (!isObj(v) || !hasOnlyKeys(v, ['id', 'kind', 'placement', 'confidence', 'reasons', 'excerpt', 'words', 'flagged'])) return false;
  return isStr(v['id'], LIMITS.id) && v['id'].length > 0 && oneOf(KINDS, v['kind']) && oneOf(PLACEMENTS, v['placement'])
    && typeof v['confidence'] === 'number' && v['confidence'] >= 0 && v['confidence'] <= 1
    && isStrList(v['reasons'], LIMITS.reasons, LIMITS.reason) && isStr(v['excerpt'], LIMITS.excerpt)
    && isCount(v['words']) && typeof v['flagged'] === 'boolean';
}

export function isReportPayload(v: unknown): v is ReportPayload {
  if (!isObj(v) || !hasOnlyKeys(v, ['title', 'wordsArticle', 'wordsAppeals', 'appeals', 'minorCount', 'paywall', 'partial', 'ms'])) return false;
  const p = v['paywall'];
  const appeals = v['appeals'];
  return (v['title'] === null || isStr(v['title'], LIMITS.title)) && isCount(v['wordsArticle']) && isCount(v['wordsAppeals'])
    && Array.isArray(appeals) && appeals.length <= LIMITS.appeals && appeals.every(isAppealSummary)
    && new Set(appeals.map((a: AppealSummary) => a.id)).size === appeals.length
    && isCount(v['minorCount']) && typeof v['partial'] === 'boolean'
    && (v['ms'] === null || (typeof v['ms'] === 'number' && Number.isFinite(v['ms']) && v['ms'] >= 0))
    && isObj(p) && hasOnlyKeys(p, ['detected', 'state', 'signals']) && typeof p['detected'] === 'boolean'
    && oneOf(PAYWALL_STATES, p['state']) && isStrList(p['signals'], LIMITS.paywallSignals, LIMITS.reason);
}

/** Serialized size in characters, or Infinity when it cannot be serialised. */
function jsonSize(v: unknown): number {
  try { return JSON.stringify(v)?.length ?? Infinity; } catch { return Infinity; }
}

function checkRequest(v: Obj): boolean {
  switch (v['type']) {
    case 'report': return hasOnlyKeys(v, ['type', 'report']) && isReportPayload(v['report']);
    case 'getTabState': return hasOnlyKeys(v, ['type'], ['tabId']) && (v['tabId'] === undefined || isTabId(v['tabId']));
    case 'setSiteEnabled':
      return hasOnlyKeys(v, ['type', 'site', 'enabled'], ['tabId']) && isSiteKey(v['site']) && typeof v['enabled'] === 'boolean'
        && (v['tabId'] === undefined || isTabId(v['tabId']));
    case 'setSupporter': return hasOnlyKeys(v, ['type', 'site', 'supporter']) && isSiteKey(v['site']) && typeof v['supporter'] === 'boolean';
    case 'setMode': return hasOnlyKeys(v, ['type', 'mode']) && isMode(v['mode']);
    case 'setAllSites': return hasOnlyKeys(v, ['type', 'enabled']) && typeof v['enabled'] === 'boolean';
    case 'scanOnce': return hasOnlyKeys(v, ['type', 'tabId']) && isTabId(v['tabId']);
    case 'getSettings': return hasOnlyKeys(v, ['type']);
    case 'dismissNotice': return hasOnlyKeys(v, ['type']);
    case 'importSettings': return hasOnlyKeys(v, ['type', 'text']) && isStr(v['text'], LIMITS.importText);
    default: return false;
  }
}

function checkCommand(v: Obj): boolean {
  switch (v['type']) {
    case 'content:off': return hasOnlyKeys(v, ['type']);
    case 'content:rescan': return hasOnlyKeys(v, ['type']);
    case 'content:show': return hasOnlyKeys(v, ['type', 'appealId']) && isStr(v['appealId'], LIMITS.id);
    default: return false;
  }
}

/** A message for the background, or null when it is malformed, unknown or too large. Never throws. */
export function parseBackgroundRequest(v: unknown): BackgroundRequest | null {
  try {
    if (!isObj(v)) return null;
    const cap = v['type'] === 'importSettings' ? LIMITS.importText + 1000 : LIMITS.json;
    if (jsonSize(v) > cap) return null;
    return checkRequest(v) ? (v as unknown as BackgroundRequest) : null;
  } catch {
    return null;
  }
}

/** A command for the content script, or null. Never throws. */
export function parseContentCommand(v: unknown): ContentCommand | null {
  try {
    if (!isObj(v) || jsonSize(v) > 1024) return null;
    return checkCommand(v) ? (v as unknown as ContentCommand) : null;
  } catch {
    return null;
  }
}

export function isStoredTabState(v: unknown): v is StoredTabState {
  return isObj(v) && typeof v['url'] === 'string' && typeof v['at'] === 'number' && isReportPayload(v['report']);
}
