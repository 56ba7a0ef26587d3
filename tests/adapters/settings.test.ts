import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, exportSettings, importSettings, isSiteEnabled, isSupporter, migrate, MAX_IMPORT_BYTES, withSite,
  enabledSites, excludedSites, type Settings,
} from '../../src/shared/settings.js';

const sample: Settings = {
  version: 2, mode: 'collapse', allSites: false,
  sites: { 'https://news.example': { enabled: true, supporter: true }, 'http://127.0.0.1': { enabled: true, supporter: false } },
  rules: { 'news.example': ['news.example##.support-box:appeal(donation)', '! the newsletter box is fine', '!off news.example#@#.promo'] },
};

describe('migrate', () => {
  it('keeps a clean current value as it is, without a notice', () => {
    const r = migrate(structuredClone(sample));
    expect(r.settings).toEqual(sample);
    expect(r.notice).toBeUndefined();
  });

  it('gives the defaults without a notice when nothing is stored', () => {
    expect(migrate(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(migrate(null)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('migrates the unversioned v0 shape with a notice', () => {
    const r = migrate({ enabledSites: ['https://a.example/some/page', 'ftp://nope', 42], supporterSites: ['https://b.example'], hideAppeals: true });
    expect(r.notice?.code).toBe('migrated');
    expect(r.settings.mode).toBe('hide');
    expect(r.settings.sites).toEqual({
      'https://a.example': { enabled: true, supporter: false },
      'https://b.example': { enabled: false, supporter: true },
    });
  });

  it.each([
    ['a string', 'settings'], ['a number', 7], ['an array', [1, 2]], ['an unknown shape', { foo: 1 }],
    ['version 0.5', { version: 0.5, sites: {} }], ['sites as a list', { version: 1, mode: 'hide', allSites: false, sites: ['x'] }],
    ['rules as a list', { version: 2, mode: 'hide', allSites: false, sites: {}, rules: ['news.example##.x'] }],
  ])('resets %s to the defaults with a notice, never throwing', (_name, raw) => {
    const r = migrate(raw);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice?.code).toBe('reset-corrupt');
  });

  it('resets a value from a newer version with its own notice', () => {
    const r = migrate({ version: 9, mode: 'hide', allSites: true, sites: {}, rules: {} });
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice).toEqual({ code: 'reset-newer', detail: '9' });
  });

  it('repairs bad entries inside an otherwise valid value', () => {
    const r = migrate({ version: 2, rules: {}, mode: 'bogus', allSites: true, sites: {
      'https://ok.example': { enabled: true, supporter: false },
      'javascript:alert(1)': { enabled: true },
      'https://noflag.example': { supporter: true },
      'https://ok.example:8443': { enabled: false, supporter: true },
    } });
    expect(r.notice?.code).toBe('repaired');
    expect(r.settings.mode).toBe('highlight');
    expect(r.settings.allSites).toBe(true);
    expect(Object.keys(r.settings.sites)).toEqual(['https://ok.example']);
    expect(r.settings.sites['https://ok.example']).toEqual({ enabled: false, supporter: true });
  });

  it('survives values that throw when read', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
    expect(migrate(hostile).settings).toEqual(DEFAULT_SETTINGS);
    const getter = { version: 1, get sites(): never { throw new Error('boom'); } };
    expect(migrate(getter).notice?.code).toBe('reset-corrupt');
  });

  it('never lets a "__proto__" key reach the prototype', () => {
    const raw = JSON.parse('{"version":1,"mode":"hide","allSites":false,"sites":{"__proto__":{"enabled":true,"supporter":false}}}');
    const r = migrate(raw);
    expect(Object.getPrototypeOf(r.settings.sites)).toBe(Object.prototype);
    expect(isSiteEnabled(r.settings, '__proto__')).toBe(false);
  });
});

describe('site helpers', () => {
  it('answers enabled/supporter per site, with allSites as the default', () => {
    expect(isSiteEnabled(sample, 'https://news.example')).toBe(true);
    expect(isSiteEnabled(sample, 'https://other.example')).toBe(false);
    expect(isSupporter(sample, 'https://news.example')).toBe(true);
    const all = { ...sample, allSites: true };
    expect(isSiteEnabled(all, 'https://other.example')).toBe(true);
    expect(isSiteEnabled(all, 'toString')).toBe(true); // an inherited name is not an entry
    expect(isSiteEnabled(sample, null)).toBe(false);
  });

  it('withSite drops entries equal to the default and keeps supporters', () => {
    let s = withSite(sample, 'https://news.example', { enabled: false });
    expect(s.sites['https://news.example']).toEqual({ enabled: false, supporter: true });
    s = withSite(s, 'https://news.example', { supporter: false });
    expect(s.sites['https://news.example']).toBeUndefined();
    expect(sample.sites['https://news.example']).toEqual({ enabled: true, supporter: true }); // not mutated
    const all = withSite({ ...DEFAULT_SETTINGS, allSites: true }, 'https://skip.example', { enabled: false });
    expect(excludedSites(all)).toEqual(['https://skip.example']);
    expect(enabledSites(sample)).toEqual(['http://127.0.0.1', 'https://news.example']);
  });
});

describe('export and import', () => {
  it('round-trips with nothing lost', () => {
    const text = exportSettings(sample);
    const back = importSettings(text);
    expect(back).toEqual({ ok: true, settings: sample });
    expect(JSON.parse(text).app).toBe('appeal-spotter');
  });

  it('is deterministic (sorted sites)', () => {
    const reordered: Settings = { ...sample, sites: Object.fromEntries(Object.entries(sample.sites).reverse()) };
    expect(exportSettings(reordered)).toBe(exportSettings(sample));
  });

  it.each([
    ['not JSON', '{oops', 'not-json'],
    ['a JSON array', '[1,2,3]', 'not-settings'],
    ['another app', JSON.stringify({ app: 'other', version: 1, mode: 'hide', allSites: false, sites: {} }), 'not-settings'],
    ['an empty object', '{}', 'not-settings'],
    ['a newer version', JSON.stringify({ app: 'appeal-spotter', version: 3, sites: {} }), 'newer-version'],
  ])('refuses %s with a clear error', (_name, text, error) => {
    expect(importSettings(text)).toEqual({ ok: false, error });
  });

  it('refuses a file that is too large before parsing it', () => {
    expect(importSettings(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: 'too-large' });
  });

  it('accepts an old-version file through migration, with the notice', () => {
    const r = importSettings(JSON.stringify({ enabledSites: ['https://a.example'] }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.notice?.code).toBe('migrated');
      expect(isSiteEnabled(r.settings, 'https://a.example')).toBe(true);
    }
  });
});
