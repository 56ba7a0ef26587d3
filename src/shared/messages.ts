// Every message the extension sends, as ONE discriminated union, with runtime guards.
// Guards refuse anything that is not exactly a known shape within the size caps; the
// background takes the tab and URL from the browser-supplied sender, never from a payload.
import type { AppealKind, PaywallState, Placement } from '../core/types.js';
import { isSiteKey } from './origin.js';
import {
  isMode, isRuleHost, MAX_RULE_LINE, MAX_RULES, MAX_RULES_TEXT, type Mode, type RuleLineError, type Settings, type SettingsNotice,
} from './settings.js';

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
  /** One rule line (content → background, one host's list from the options page). */
  ruleLine: MAX_RULE_LINE,
  /** Lines in one host's list. */
  ruleLines: MAX_RULES,
  /** A pasted block of rules (the options page refuses a larger paste with a message first). */
  rulesText: MAX_RULES_TEXT,
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
/**
 * A rule line built in the page ("not an appeal" on a chip, the picker's choice). The background
 * takes the site from the sender's tab URL and refuses a rule whose host is not that site's.
 */
export interface AddRuleMessage { readonly type: 'addRule'; readonly rule: string }

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
/** Popup: start the element picker in the tab ("Flag something it missed"). */
export interface StartPickerMessage { readonly type: 'startPicker'; readonly tabId: number }
/** Popup: "not an appeal" for appeal `appealId` of the tab; the content script builds the rule. */
export interface NotAppealMessage { readonly type: 'notAppeal'; readonly tabId: number; readonly appealId: string }
/** Options: replace one host's rule lines (an empty list deletes them). */
export interface SetRulesMessage { readonly type: 'setRules'; readonly host: string; readonly lines: readonly string[] }
/** Options: add a pasted block of rules for any hosts. */
export interface ImportRulesMessage { readonly type: 'importRules'; readonly text: string }

// ---- extension → content script (tabs.sendMessage)
export interface ContentOffMessage { readonly type: 'content:off' }
export interface ContentShowMessage { readonly type: 'content:show'; readonly appealId: string }
export interface ContentRescanMessage { readonly type: 'content:rescan' }
/** The site's rules changed: read them again and rescan at once. */
export interface ContentRulesMessage { readonly type: 'content:rules' }
/** Start the element picker. */
export interface ContentPickMessage { readonly type: 'content:pick' }
/** "Not an appeal" for one of this page's appeals (from the popup). */
export interface ContentNotAppealMessage { readonly type: 'content:notAppeal'; readonly appealId: string }

export type BackgroundRequest =
  | ReportMessage | AddRuleMessage | GetTabStateMessage | SetSiteEnabledMessage | SetSupporterMessage | SetModeMessage
  | SetAllSitesMessage | ScanOnceMessage | GetSettingsMessage | ImportSettingsMessage | DismissNoticeMessage
  | StartPickerMessage | NotAppealMessage | SetRulesMessage | ImportRulesMessage;
export type ContentCommand =
  | ContentOffMessage | ContentShowMessage | ContentRescanMessage | ContentRulesMessage | ContentPickMessage | ContentNotAppealMessage;
export type Message = BackgroundRequest | ContentCommand;

/** Requests only extension pages may send (they change settings or act on a tab). */
export const PAGE_ONLY_TYPES: ReadonlySet<BackgroundRequest['type']> = new Set([
  'getTabState', 'setSiteEnabled', 'setSupporter', 'setMode', 'setAllSites', 'scanOnce',
  'getSettings', 'importSettings', 'dismissNotice', 'startPicker', 'notAppeal', 'setRules', 'importRules',
]);
/** Requests only our content scripts (top frame of a web page) may send. */
export const CONTENT_ONLY_TYPES: ReadonlySet<BackgroundRequest['type']> = new Set(['report', 'addRule']);

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
/** `ruleError` names the refused rule line (setRules, importRules, importSettings with a bad rule). */
export type Failure = { readonly ok: false; readonly error: string; readonly ruleError?: RuleLineError };
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
    case 'addRule': return hasOnlyKeys(v, ['type', 'rule']) && isStr(v['rule'], LIMITS.ruleLine) && v['rule'].trim() !== '';
    case 'startPicker': return hasOnlyKeys(v, ['type', 'tabId']) && isTabId(v['tabId']);
    case 'notAppeal':
      return hasOnlyKeys(v, ['type', 'tabId', 'appealId']) && isTabId(v['tabId']) && isStr(v['appealId'], LIMITS.id) && v['appealId'].length > 0;
    case 'setRules':
      return hasOnlyKeys(v, ['type', 'host', 'lines']) && isRuleHost(v['host']) && isStrList(v['lines'], LIMITS.ruleLines, LIMITS.ruleLine);
    case 'importRules': return hasOnlyKeys(v, ['type', 'text']) && isStr(v['text'], LIMITS.rulesText);
    default: return false;
  }
}

function checkCommand(v: Obj): boolean {
  switch (v['type']) {
    case 'content:off': return hasOnlyKeys(v, ['type']);
    case 'content:rescan': return hasOnlyKeys(v, ['type']);
    case 'content:show': return hasOnlyKeys(v, ['type', 'appealId']) && isStr(v['appealId'], LIMITS.id);
    case 'content:rules': return hasOnlyKeys(v, ['type']);
    case 'content:pick': return hasOnlyKeys(v, ['type']);
    case 'content:notAppeal': return hasOnlyKeys(v, ['type', 'appealId']) && isStr(v['appealId'], LIMITS.id) && v['appealId'].length > 0;
    default: return false;
  }
}

/** A message for the background, or null when it is malformed, unknown or too large. Never throws. */
export function parseBackgroundRequest(v: unknown): BackgroundRequest | null {
  try {
    if (!isObj(v)) return null;
    const cap = v['type'] === 'importSettings' ? LIMITS.importText + 1000
      : v['type'] === 'importRules' ? LIMITS.rulesText + 1000
      : v['type'] === 'setRules' ? Math.min(LIMITS.rulesText, LIMITS.ruleLines * (LIMITS.ruleLine + 3)) + 1000 : LIMITS.json;
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
