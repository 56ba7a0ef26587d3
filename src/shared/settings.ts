// Versioned settings. Everything read from storage or an imported file goes through
// `migrate`, which never throws: old schemas are upgraded, corrupted values reset to the
// defaults with a notice the options page shows.
// Version 2 adds the reader's own rules (issue 13): rule lines per host, in the subset of the
// uBlock Origin cosmetic-filter syntax that src/core/rules/parse.ts reads.
import { hostMatches, normalHost } from '../core/rules/hosts.js';
import { MAX_RULES, MAX_RULES_TEXT, parseRules } from '../core/rules/parse.js';
import type { Rule } from '../core/rules/types.js';
import { siteOf } from './origin.js';

export const SETTINGS_VERSION = 2;
export const SETTINGS_KEY = 'settings';
/** storage.local key of a pending notice for the options page (set by the background). */
export const NOTICE_KEY = 'settingsNotice';

export const MODES = ['highlight', 'collapse', 'hide'] as const;
export type Mode = (typeof MODES)[number];

export interface SiteSettings {
  /** Content script registered for this site (with allSites: false means "excluded"). */
  readonly enabled: boolean;
  /** "I already support this outlet": donation appeals counted but not flagged. */
  readonly supporter: boolean;
}

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  readonly mode: Mode;
  /** Scan every http(s) site (needs the all-sites permission); sites with enabled:false are excluded. */
  readonly allSites: boolean;
  readonly sites: Readonly<Record<string, SiteSettings>>;
  /**
   * The reader's rules: host (lower-case, as in the rule lines) → its lines in the order written.
   * Every line is a rule for exactly that host, a disabled rule ("!off …") or a comment ("! …").
   * A rule for example.com also applies on its subdomains (rulesForHost in the core).
   */
  readonly rules: RulesMap;
}

export type RulesMap = Readonly<Record<string, readonly string[]>>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION, mode: 'highlight', allSites: false, sites: Object.freeze({}), rules: Object.freeze({}),
});

/** Limits for stored/imported data: a settings value larger than this is not ours. */
export const MAX_SITES = 5000;
export const MAX_IMPORT_BYTES = 1_000_000;
/** One rule line (a selector or a text fingerprint; uBlock Origin's own filters stay far below). */
export const MAX_RULE_LINE = 2000;
/** All rule lines together, across hosts (the core's own caps for one text). */
export { MAX_RULES, MAX_RULES_TEXT };

export type NoticeCode = 'migrated' | 'repaired' | 'reset-corrupt' | 'reset-newer';
export interface SettingsNotice { readonly code: NoticeCode; readonly detail?: string }

export interface MigrateResult {
  readonly settings: Settings;
  /** Set when the stored value was not a clean current-version value. */
  readonly notice?: SettingsNotice;
}

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the site is switched on (explicitly, or through "all sites" and not excluded). */
export function isSiteEnabled(settings: Settings, site: string | null): boolean {
  if (!site) return false;
  const s = Object.hasOwn(settings.sites, site) ? settings.sites[site] : undefined;
  return s ? s.enabled : settings.allSites;
}

export function isSupporter(settings: Settings, site: string | null): boolean {
  if (!site || !Object.hasOwn(settings.sites, site)) return false;
  return settings.sites[site]?.supporter === true;
}

/** Returns new settings with one site's entry changed; entries equal to the default are dropped. */
export function withSite(settings: Settings, site: string, change: Partial<SiteSettings>): Settings {
  const prev = Object.hasOwn(settings.sites, site) ? settings.sites[site] : undefined;
  const next: SiteSettings = {
    enabled: change.enabled ?? prev?.enabled ?? settings.allSites,
    supporter: change.supporter ?? prev?.supporter ?? false,
  };
  const sites: Record<string, SiteSettings> = { ...settings.sites };
  if (next.enabled === settings.allSites && !next.supporter) delete sites[site];
  else sites[site] = next;
  return { ...settings, sites };
}

/** Sites explicitly switched on, sorted. */
export function enabledSites(settings: Settings): string[] {
  return Object.keys(settings.sites).filter((s) => settings.sites[s]?.enabled).sort();
}

/** Sites excluded while allSites is on, sorted. */
export function excludedSites(settings: Settings): string[] {
  return Object.keys(settings.sites).filter((s) => settings.sites[s]?.enabled === false).sort();
}

// ---- rules

/** A rule line that was refused: which host's list (null for a pasted block), which line, why. */
export interface RuleLineError {
  readonly host: string | null;
  /** 1-based, in the list or block it came from. */
  readonly line: number;
  /** The offending line, cut to 120 characters. */
  readonly source: string;
  /** From the parser (plain English) or one of ours: 'wrong-host', 'too-long', 'too-many'. */
  readonly message: string;
  readonly code: 'syntax' | 'wrong-host' | 'too-long' | 'too-many';
}

export type RuleValidator = (selector: string) => boolean;

const clipSource = (line: string): string => (line.length <= 120 ? line : `${line.slice(0, 119)}…`);
/** Host keys: what a rule line's host can be (the parser decides the rest). */
const HOST_KEY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/;
export function isRuleHost(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 253 && HOST_KEY.test(value);
}

/** One line: its rule (null for a comment) or why it is refused. Never throws. */
export function parseRuleLine(line: string, validate?: RuleValidator): { rule: Rule | null } | { error: string; code: RuleLineError['code'] } {
  if (line.length > MAX_RULE_LINE) return { error: `the line is longer than ${MAX_RULE_LINE} characters`, code: 'too-long' };
  if (/[\r\n\u2028\u2029]/.test(line)) return { error: 'one rule is one line', code: 'syntax' };
  try {
    const parsed = parseRules(line, validate ? { validate } : {});
    const err = parsed.errors[0];
    if (err) return { error: err.message, code: 'syntax' };
    if (parsed.rules.length > 1) return { error: 'a rule names one site: write one rule per site', code: 'syntax' };
    return { rule: parsed.rules[0] ?? null };
  } catch {
    return { error: 'the line could not be read', code: 'syntax' };
  }
}

/** Splits text into trimmed lines, keeping their 1-based numbers; blank lines are dropped. */
export function ruleTextLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (t !== '') out.push({ line: i + 1, text: t });
  });
  return out;
}

/** Lines as stored: a disabled rule keeps its "!off " prefix whatever the parser puts in source. */
function storedLine(line: string, rule: Rule | null): string {
  if (!rule || rule.enabled || /^!\s*off\s/i.test(line)) return line;
  return `!off ${rule.source}`;
}

/**
 * Checks one host's lines (the options page's edit, an imported file): every rule must parse and
 * be for exactly `host`. Returns the lines to store, or the first error naming its line.
 */
export function checkHostLines(host: string, lines: readonly string[], validate?: RuleValidator): { ok: true; lines: string[] } | { ok: false; error: RuleLineError } {
  const out: string[] = [];
  let n = 0;
  for (const entry of ruleTextLines(lines.join('\n'))) {
    const fail = (message: string, code: RuleLineError['code']) => ({ ok: false as const, error: { host, line: entry.line, source: clipSource(entry.text), message, code } });
    const r = parseRuleLine(entry.text, validate);
    if ('error' in r) return fail(r.error, r.code);
    if (r.rule && r.rule.host !== host) return fail(`the rule is for ${r.rule.host}, not ${host}`, 'wrong-host');
    if (r.rule && ++n > MAX_RULES) return fail(`more than ${MAX_RULES} rules`, 'too-many');
    out.push(storedLine(entry.text, r.rule));
  }
  return { ok: true, lines: out };
}

/**
 * A pasted block of rules for any hosts → lines grouped by host (comments go with the rule after
 * them), or the first error naming its line. Nothing is stored from a block with an error.
 */
export function parseRulesBlock(text: string, validate?: RuleValidator): { ok: true; byHost: Record<string, string[]>; count: number } | { ok: false; error: RuleLineError } {
  if (text.length > MAX_RULES_TEXT) return { ok: false, error: { host: null, line: 0, source: '', message: `more than ${MAX_RULES_TEXT} characters`, code: 'too-long' } };
  const byHost: Record<string, string[]> = {};
  let comments: string[] = [];
  let count = 0;
  let last: string | null = null;
  for (const entry of ruleTextLines(text)) {
    const r = parseRuleLine(entry.text, validate);
    if ('error' in r) return { ok: false, error: { host: null, line: entry.line, source: clipSource(entry.text), message: r.error, code: r.code } };
    if (!r.rule) { comments.push(entry.text); continue; }
    if (++count > MAX_RULES) return { ok: false, error: { host: null, line: entry.line, source: clipSource(entry.text), message: `more than ${MAX_RULES} rules`, code: 'too-many' } };
    const list = Object.hasOwn(byHost, r.rule.host) ? byHost[r.rule.host]! : (byHost[r.rule.host] = []);
    list.push(...comments, storedLine(entry.text, r.rule));
    comments = [];
    last = r.rule.host;
  }
  if (comments.length && last !== null) byHost[last]!.push(...comments);
  return { ok: true, byHost, count };
}

/** Number of rule lines (not comments) stored across all hosts. */
export function countRules(rules: RulesMap): number {
  let n = 0;
  for (const lines of Object.values(rules)) for (const l of lines) if (!/^!(?!\s*off\s)/i.test(l)) n++;
  return n;
}

/** New settings with one host's lines replaced (an empty list removes the host). */
export function withRules(settings: Settings, host: string, lines: readonly string[]): Settings {
  const rules: Record<string, readonly string[]> = { ...settings.rules };
  if (lines.length === 0) delete rules[host];
  else rules[host] = [...lines];
  return { ...settings, rules };
}

const sameTarget = (a: Rule, b: Rule): boolean => a.host === b.host && a.selector === b.selector && a.text === b.text;

/**
 * Adds one rule line for its host (from the page: "not an appeal", the picker). The same line is
 * not added twice; a rule for the same target with the other action is replaced (the reader
 * changed their mind). The caller has checked the line parses as a rule for `host`.
 */
export function addRuleLine(settings: Settings, host: string, line: string): Settings {
  const prev = Object.hasOwn(settings.rules, host) ? settings.rules[host] ?? [] : [];
  const added = parseRuleLine(line);
  const rule = 'rule' in added ? added.rule : null;
  const kept = prev.filter((l) => {
    if (l === line) return false;
    if (!rule) return true;
    const r = parseRuleLine(l);
    return !('rule' in r && r.rule && sameTarget(r.rule, rule));
  });
  return withRules(settings, host, [...kept, line]);
}

/** Rules are for named sites: not IP addresses, not single-label names such as "localhost". */
export function canHaveRules(hostname: string): boolean {
  const r = parseRuleLine(`${hostname}##div`);
  return 'rule' in r && r.rule !== null;
}

/** The host rules for a page of `hostname` are stored under ("www.News.example" → "news.example"). */
export function ruleHostOf(hostname: string): string {
  return normalHost(hostname);
}

/** The stored lines that may apply on `hostname`: its own and its parent domains' (the core picks). */
export function ruleLinesFor(settings: Settings, hostname: string): string[] {
  const out: string[] = [];
  for (const key of Object.keys(settings.rules).sort()) {
    if (hostMatches(key, hostname)) out.push(...(settings.rules[key] ?? []));
  }
  return out;
}

interface RulesParse { rules: Record<string, string[]>; dropped: number; error: RuleLineError | null }

/**
 * Stored or imported rules. Lenient (storage): bad lines and hosts are dropped and counted.
 * Strict (import): the first bad line is the error and nothing is taken.
 */
function parseRulesMap(raw: unknown, strict: boolean): RulesParse | null {
  if (raw === undefined) return { rules: {}, dropped: strict ? 0 : 1, error: null };
  if (!isRecord(raw)) return null;
  const rules: Record<string, string[]> = {};
  let dropped = 0;
  let total = 0;
  let chars = 0;
  for (const [key, value] of Object.entries(raw)) {
    const host = typeof key === 'string' ? key.toLowerCase() : '';
    if (!isRuleHost(host) || !Array.isArray(value)) {
      if (strict) return { rules: {}, dropped: 0, error: { host: clipSource(String(key)), line: 0, source: '', message: 'not a list of rules for a host', code: 'syntax' } };
      dropped++;
      continue;
    }
    const kept: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const line = typeof v === 'string' ? v.trim() : '';
      const refuse = (message: string, code: RuleLineError['code']): RuleLineError => ({ host, line: i + 1, source: clipSource(line || String(v)), message, code });
      if (line === '' || line.length > MAX_RULE_LINE || chars + line.length > MAX_RULES_TEXT) {
        if (strict) return { rules: {}, dropped: 0, error: refuse(line === '' ? 'not a rule line' : `more than ${MAX_RULES_TEXT} characters of rules`, line === '' ? 'syntax' : 'too-long') };
        dropped++;
        continue;
      }
      const r = parseRuleLine(line);
      let err: RuleLineError | null = null;
      if ('error' in r) err = refuse(r.error, r.code);
      else if (r.rule && r.rule.host !== host) err = refuse(`the rule is for ${r.rule.host}, not ${host}`, 'wrong-host');
      else if (r.rule && total + 1 > MAX_RULES) err = refuse(`more than ${MAX_RULES} rules`, 'too-many');
      if (err) {
        if (strict) return { rules: {}, dropped: 0, error: err };
        dropped++;
        continue;
      }
      if ('rule' in r && r.rule) total++;
      chars += line.length + 1;
      if (line !== v) dropped++; // trimmed: said, like a normalised site key
      kept.push(line);
    }
    if (host !== key) dropped++;
    if (kept.length === 0) { if (value.length > 0 || host !== key) dropped++; continue; }
    rules[host] = Object.hasOwn(rules, host) ? [...rules[host]!, ...kept] : kept;
  }
  return { rules, dropped, error: null };
}

interface SitesParse { sites: Record<string, SiteSettings>; dropped: number }

function parseSitesV1(raw: unknown): SitesParse | null {
  if (!isRecord(raw)) return null;
  const sites: Record<string, SiteSettings> = {};
  let dropped = 0;
  let count = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (++count > MAX_SITES) { dropped++; continue; }
    const site = siteOf(key);
    if (!site || !isRecord(value) || typeof value['enabled'] !== 'boolean') { dropped++; continue; }
    if (site !== key) dropped++; // normalised (e.g. a port or path was stored)
    // A present but non-boolean supporter flag is repaired to false, and that is said.
    if ('supporter' in value && typeof value['supporter'] !== 'boolean') dropped++;
    sites[site] = { enabled: value['enabled'], supporter: value['supporter'] === true };
  }
  return { sites, dropped };
}

/**
 * Version 0 is the unversioned shape of the first prototype:
 * `{ enabledSites: string[], supporterSites?: string[], mode?: string, hideAppeals?: boolean }`.
 */
function migrateV0(raw: Record<string, unknown>): Settings | null {
  const list = raw['enabledSites'];
  if (!Array.isArray(list)) return null;
  const supporters = Array.isArray(raw['supporterSites']) ? raw['supporterSites'] : [];
  const sites: Record<string, SiteSettings> = {};
  for (const entry of list.slice(0, MAX_SITES)) {
    const site = siteOf(entry);
    if (site) sites[site] = { enabled: true, supporter: false };
  }
  for (const entry of supporters.slice(0, MAX_SITES)) {
    const site = siteOf(entry);
    if (site) sites[site] = { enabled: sites[site]?.enabled ?? false, supporter: true };
  }
  const mode: Mode = isMode(raw['mode']) ? raw['mode'] : raw['hideAppeals'] === true ? 'hide' : 'highlight';
  return { version: SETTINGS_VERSION, mode, allSites: false, sites, rules: {} };
}

/** Any stored or imported value → valid current settings (+ a notice when it was not clean). Never throws. */
export function migrate(raw: unknown): MigrateResult {
  return migrateWith(raw, false).result;
}

function migrateWith(raw: unknown, strictRules: boolean): { result: MigrateResult; ruleError: RuleLineError | null } {
  const done = (result: MigrateResult): { result: MigrateResult; ruleError: null } => ({ result, ruleError: null });
  try {
    return migrateInner(raw, strictRules);
  } catch {
    // A getter that throws, a revoked proxy... whatever it is, it is not settings.
    return done({ settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } });
  }
}

function migrateInner(raw: unknown, strictRules: boolean): { result: MigrateResult; ruleError: RuleLineError | null } {
  const done = (result: MigrateResult): { result: MigrateResult; ruleError: null } => ({ result, ruleError: null });
  const corrupt = (): { result: MigrateResult; ruleError: null } => done({ settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } });
  if (raw === undefined || raw === null) return done({ settings: DEFAULT_SETTINGS });
  if (!isRecord(raw)) return corrupt();
  const version = raw['version'];
  if (version === undefined) {
    const v0 = migrateV0(raw);
    if (v0) return done({ settings: v0, notice: { code: 'migrated', detail: '0' } });
    return corrupt();
  }
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return done({ settings: DEFAULT_SETTINGS, notice: { code: 'reset-newer', detail: String(version) } });
  }
  if (version !== 1 && version !== SETTINGS_VERSION) return corrupt();
  const parsed = parseSitesV1(raw['sites']);
  if (!parsed) return corrupt();
  // Version 1 had no rules: it upgrades to an empty list, with the "updated" notice (and the
  // stored value is rewritten once). A version-2 value must carry its rules.
  const rules = version === 1 ? { rules: {}, dropped: 0, error: null } : parseRulesMap(raw['rules'], strictRules);
  if (!rules) return corrupt();
  if (rules.error) return { result: { settings: DEFAULT_SETTINGS }, ruleError: rules.error };
  const modeOk = isMode(raw['mode']);
  const allOk = typeof raw['allSites'] === 'boolean';
  const settings: Settings = {
    version: SETTINGS_VERSION,
    mode: modeOk ? (raw['mode'] as Mode) : 'highlight',
    allSites: allOk ? (raw['allSites'] as boolean) : false,
    sites: parsed.sites,
    rules: rules.rules,
  };
  const dropped = parsed.dropped + rules.dropped;
  const repaired = dropped > 0 || !modeOk || !allOk;
  if (repaired) return done({ settings, notice: { code: 'repaired', detail: String(dropped) } });
  return done(version === 1 ? { settings, notice: { code: 'migrated', detail: '1' } } : { settings });
}

/** The file written by "Export settings". */
export function exportSettings(settings: Settings): string {
  const sites: Record<string, SiteSettings> = {};
  for (const key of Object.keys(settings.sites).sort()) {
    const s = settings.sites[key];
    if (s) sites[key] = { enabled: s.enabled, supporter: s.supporter };
  }
  const rules: Record<string, readonly string[]> = {};
  for (const key of Object.keys(settings.rules).sort()) {
    const lines = settings.rules[key];
    if (lines && lines.length) rules[key] = [...lines];
  }
  return `${JSON.stringify({ app: 'appeal-spotter', version: settings.version, mode: settings.mode, allSites: settings.allSites, sites, rules }, null, 2)}\n`;
}

export type ImportError = 'too-large' | 'not-json' | 'not-settings' | 'newer-version' | 'bad-rule';
export type ImportResult =
  | { readonly ok: true; readonly settings: Settings; readonly notice?: SettingsNotice }
  | { readonly ok: false; readonly error: Exclude<ImportError, 'bad-rule'> }
  | { readonly ok: false; readonly error: 'bad-rule'; readonly ruleError: RuleLineError };

/** Parses an exported file. A bad file is refused (the caller keeps the current settings). */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return { ok: false, error: 'not-json' }; }
  if (!isRecord(raw)) return { ok: false, error: 'not-settings' };
  const { app, ...rest } = raw;
  if (app !== undefined && app !== 'appeal-spotter') return { ok: false, error: 'not-settings' };
  // Rules are checked strictly: one bad line refuses the file, naming the line (nothing is taken).
  const { result, ruleError } = migrateWith(rest, true);
  if (ruleError) return { ok: false, error: 'bad-rule', ruleError };
  if (result.notice?.code === 'reset-corrupt') return { ok: false, error: 'not-settings' };
  if (result.notice?.code === 'reset-newer') return { ok: false, error: 'newer-version' };
  return result.notice ? { ok: true, settings: result.settings, notice: result.notice } : { ok: true, settings: result.settings };
}
