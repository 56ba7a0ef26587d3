// Versioned settings. Everything read from storage or an imported file goes through
// `migrate`, which never throws: old schemas are upgraded, corrupted values reset to the
// defaults with a notice the options page shows.
import { siteOf } from './origin.js';

export const SETTINGS_VERSION = 1;
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
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION, mode: 'highlight', allSites: false, sites: Object.freeze({}),
});

/** Limits for stored/imported data: a settings value larger than this is not ours. */
export const MAX_SITES = 5000;
export const MAX_IMPORT_BYTES = 1_000_000;

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
  return { version: SETTINGS_VERSION, mode, allSites: false, sites };
}

/** Any stored or imported value → valid current settings (+ a notice when it was not clean). Never throws. */
export function migrate(raw: unknown): MigrateResult {
  try {
    if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
    if (!isRecord(raw)) return { settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } };
    const version = raw['version'];
    if (version === undefined) {
      const v0 = migrateV0(raw);
      if (v0) return { settings: v0, notice: { code: 'migrated', detail: '0' } };
      return { settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } };
    }
    if (typeof version === 'number' && version > SETTINGS_VERSION) {
      return { settings: DEFAULT_SETTINGS, notice: { code: 'reset-newer', detail: String(version) } };
    }
    if (version !== SETTINGS_VERSION) return { settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } };
    const parsed = parseSitesV1(raw['sites']);
    if (!parsed) return { settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } };
    const modeOk = isMode(raw['mode']);
    const allOk = typeof raw['allSites'] === 'boolean';
    const settings: Settings = {
      version: SETTINGS_VERSION,
      mode: modeOk ? (raw['mode'] as Mode) : 'highlight',
      allSites: allOk ? (raw['allSites'] as boolean) : false,
      sites: parsed.sites,
    };
    const repaired = parsed.dropped > 0 || !modeOk || !allOk;
    return repaired ? { settings, notice: { code: 'repaired', detail: String(parsed.dropped) } } : { settings };
  } catch {
    // A getter that throws, a revoked proxy... whatever it is, it is not settings.
    return { settings: DEFAULT_SETTINGS, notice: { code: 'reset-corrupt' } };
  }
}

/** The file written by "Export settings". */
export function exportSettings(settings: Settings): string {
  const sites: Record<string, SiteSettings> = {};
  for (const key of Object.keys(settings.sites).sort()) {
    const s = settings.sites[key];
    if (s) sites[key] = { enabled: s.enabled, supporter: s.supporter };
  }
  return `${JSON.stringify({ app: 'appeal-spotter', version: settings.version, mode: settings.mode, allSites: settings.allSites, sites }, null, 2)}\n`;
}

export type ImportError = 'too-large' | 'not-json' | 'not-settings' | 'newer-version';
export type ImportResult =
  | { readonly ok: true; readonly settings: Settings; readonly notice?: SettingsNotice }
  | { readonly ok: false; readonly error: ImportError };

/** Parses an exported file. A bad file is refused (the caller keeps the current settings). */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return { ok: false, error: 'not-json' }; }
  if (!isRecord(raw)) return { ok: false, error: 'not-settings' };
  const { app, ...rest } = raw;
  if (app !== undefined && app !== 'appeal-spotter') return { ok: false, error: 'not-settings' };
  const result = migrate(rest);
  if (result.notice?.code === 'reset-corrupt') return { ok: false, error: 'not-settings' };
  if (result.notice?.code === 'reset-newer') return { ok: false, error: 'newer-version' };
  return result.notice ? { ok: true, settings: result.settings, notice: result.notice } : { ok: true, settings: result.settings };
}
