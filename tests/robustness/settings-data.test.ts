// Settings data under fire: arbitrary stored values go through `migrate` into valid settings
// (never a crash, never a silent change), export → import round-trips exactly, bad files are
// refused with a clear message and the current settings stay, corrupted storage is repaired
// with a notice at startup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers.js';
import { importErrorText, noticeText } from '../../src/options/options.js';
import { isSiteKey } from '../../src/shared/origin.js';
import {
  DEFAULT_SETTINGS, exportSettings, importSettings, MAX_SITES, migrate, MODES, NOTICE_KEY, SETTINGS_KEY, SETTINGS_VERSION,
  type Settings,
} from '../../src/shared/settings.js';
import { EXTENSION_BASE, EXTENSION_ID, FakeBrowser } from '../adapters/fake-browser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A value that really is current settings: exactly these keys, nothing else. */
function expectValidSettings(s: Settings): void {
  expect(Object.keys(s).sort()).toEqual(['allSites', 'mode', 'rules', 'sites', 'version']);
  expect(Object.getPrototypeOf(s.rules)).toBe(Object.prototype);
  for (const [host, lines] of Object.entries(s.rules)) {
    expect(Array.isArray(lines), host).toBe(true);
    for (const l of lines) expect(typeof l).toBe('string');
  }
  expect(s.version).toBe(SETTINGS_VERSION);
  expect(MODES).toContain(s.mode);
  expect(typeof s.allSites).toBe('boolean');
  expect(Object.getPrototypeOf(s.sites)).toBe(Object.prototype);
  const keys = Object.keys(s.sites);
  expect(keys.length).toBeLessThanOrEqual(MAX_SITES);
  for (const k of keys) {
    expect(isSiteKey(k), k).toBe(true);
    const v = s.sites[k]!;
    expect(Object.keys(v).sort()).toEqual(['enabled', 'supporter']);
    expect(typeof v.enabled).toBe('boolean');
    expect(typeof v.supporter).toBe('boolean');
  }
}

const siteArb = fc.domain().map((d) => `https://${d}`).filter(isSiteKey);
const settingsArb: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(SETTINGS_VERSION),
  mode: fc.constantFrom(...MODES),
  allSites: fc.boolean(),
  sites: fc.dictionary(siteArb, fc.record({ enabled: fc.boolean(), supporter: fc.boolean() }), { maxKeys: 12 }),
  rules: fc.dictionary(fc.constantFrom('news.example', 'sub.news.example', 'other.example'),
    fc.array(fc.constantFrom('##.support-box', '#@#.promo', '##div:has-text(Support us):appeal(donation)'), { minLength: 1, maxLength: 3 }), { maxKeys: 3 })
    .map((byHost) => Object.fromEntries(Object.entries(byHost).map(([host, tails]) => [host, [...new Set(tails)].map((t) => `${host}${t}`)]))),
});

/** Stored values as they go wrong in practice: partial, mistyped, old, huge, hostile. */
const storedArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  settingsArb.chain((s) => fc.record({
    version: fc.oneof(fc.constant<unknown>(s.version), fc.constantFrom<unknown>(0, 1, 3, 99, '1', null, -1, 1.5, NaN)),
    rules: fc.oneof(fc.constant<unknown>(s.rules), fc.jsonValue(), fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'news.example', '*')), fc.jsonValue(), { maxKeys: 4 })),
    mode: fc.oneof(fc.constant<unknown>(s.mode), fc.jsonValue()),
    allSites: fc.oneof(fc.constant<unknown>(s.allSites), fc.jsonValue()),
    sites: fc.oneof(
      fc.constant<unknown>(s.sites),
      fc.dictionary(fc.oneof(siteArb, fc.string(), fc.constantFrom('__proto__', 'constructor', 'https://x.example:8080', 'HTTPS://UPPER.EXAMPLE', 'file:///etc')),
        fc.oneof(fc.record({ enabled: fc.jsonValue(), supporter: fc.jsonValue() }), fc.jsonValue()), { maxKeys: 6 }),
      fc.jsonValue(),
    ),
  }, { requiredKeys: [] })),
  // The unversioned v0 shape.
  fc.record({
    enabledSites: fc.array(fc.oneof(siteArb, fc.webUrl(), fc.string()), { maxLength: 6 }),
    supporterSites: fc.option(fc.array(fc.oneof(siteArb, fc.string()), { maxLength: 3 }), { nil: undefined }),
    mode: fc.option(fc.oneof(fc.constantFrom(...MODES), fc.string()), { nil: undefined }),
    hideAppeals: fc.option(fc.boolean(), { nil: undefined }),
  }, { requiredKeys: ['enabledSites'] }),
);

describe('migrate() over arbitrary stored values', () => {
  it('never throws and always yields valid current settings (2,000 cases)', () => {
    fc.assert(fc.property(storedArb, (raw) => {
      const r = migrate(raw);
      expectValidSettings(r.settings);
    }), { numRuns: 2000 });
  });

  it('is idempotent: migrated settings migrate to themselves without a notice (1,000 cases)', () => {
    fc.assert(fc.property(storedArb, (raw) => {
      const once = migrate(raw).settings;
      const twice = migrate(structuredClone(once));
      expect(twice.notice).toBeUndefined();
      expect(twice.settings).toEqual(once);
    }), { numRuns: 1000 });
  });

  it('survives values that throw when read and values that are proxies', () => {
    const throwing = Object.defineProperty({}, 'version', { get() { throw new Error('boom'); }, enumerable: true });
    const sitesThrow = { version: 2, mode: 'hide', allSites: false, rules: {}, sites: new Proxy({}, { ownKeys() { throw new Error('boom'); } }) };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const raw of [throwing, sitesThrow, revoked.proxy]) {
      const r = migrate(raw);
      expectValidSettings(r.settings);
      expect(r.notice?.code).toBe('reset-corrupt');
    }
  });
});

describe('export and import', () => {
  it('round-trips any valid settings with nothing lost and no notice (1,000 cases)', () => {
    fc.assert(fc.property(settingsArb, (s) => {
      const file = exportSettings(s);
      const back = importSettings(file);
      expect(back).toEqual({ ok: true, settings: s });
      expect(exportSettings((back as { settings: Settings }).settings)).toBe(file);
    }), { numRuns: 1000 });
  });

  it('refuses a bad file with a known error, and the options page has a clear message for each (1,000 cases)', () => {
    const en = JSON.parse(readFileSync(path.join(ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const msg = (name: string): string => en[name]?.message ?? '';
    const seen = new Set<string>();
    const badArb = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ app: fc.string(), version: fc.integer() }).map((v) => JSON.stringify(v)),
      fc.integer({ min: 3, max: 1000 }).map((v) => JSON.stringify({ app: 'appeal-spotter', version: v, mode: 'hide', allSites: false, sites: {} })),
      fc.constant('x'.repeat(1_000_001)),
    );
    fc.assert(fc.property(badArb, (text) => {
      const r = importSettings(text);
      if (r.ok) {
        expectValidSettings(r.settings); // some random JSON happens to be a (repaired) settings file
        return;
      }
      expect(['too-large', 'not-json', 'not-settings', 'newer-version']).toContain(r.error);
      seen.add(r.error);
      const text2 = importErrorText(msg, `import-${r.error}`);
      expect(text2.length).toBeGreaterThan(20);
      expect(text2).toMatch(/unchanged/i);
    }), { numRuns: 1000 });
    expect([...seen].sort()).toEqual(['newer-version', 'not-json', 'not-settings', 'too-large']);
    const texts = ['too-large', 'not-json', 'not-settings', 'newer-version'].map((e) => importErrorText(msg, `import-${e}`));
    expect(new Set(texts).size).toBe(4);
  });

  it('through the background, a refused import keeps the current settings exactly (300 cases)', async () => {
    const current: Settings = { ...DEFAULT_SETTINGS, mode: 'collapse', sites: { 'https://kept.example': { enabled: true, supporter: true } } };
    const options = { id: EXTENSION_ID, url: `${EXTENSION_BASE}options.html` };
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))), async (text) => {
      const fb = new FakeBrowser();
      fb.local.data[SETTINGS_KEY] = structuredClone(current);
      const bg = createBackground(fb.background, () => 1);
      const reply = (await bg.onMessage({ type: 'importSettings', text }, options)) as { ok: boolean; error?: string };
      if (!reply.ok) {
        expect(reply.error).toMatch(/^import-/);
        expect(fb.local.data[SETTINGS_KEY]).toEqual(current);
      } else {
        expectValidSettings(fb.local.data[SETTINGS_KEY] as Settings);
      }
    }), { numRuns: 300 });
  });
});

describe('corrupted storage at startup', () => {
  it('is repaired to valid settings with a notice the options page can show, never a crash (300 cases)', async () => {
    const en = JSON.parse(readFileSync(path.join(ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    await fc.assert(fc.asyncProperty(storedArb, async (raw) => {
      const fb = new FakeBrowser();
      // storage.local holds only structured-clonable values; a throwing getter cannot be stored.
      let stored: unknown;
      try { stored = structuredClone(raw); } catch { return; }
      if (stored !== undefined) fb.local.data[SETTINGS_KEY] = stored;
      const bg = createBackground(fb.background, () => 1);
      await bg.onInstalledOrStartup();
      const after = fb.local.data[SETTINGS_KEY];
      const notice = fb.local.data[NOTICE_KEY] as { code: 'migrated' | 'repaired' | 'reset-corrupt' | 'reset-newer' } | undefined;
      if (notice) {
        expectValidSettings(after as Settings);
        expect(noticeText((n) => en[n]?.message ?? '', notice).length).toBeGreaterThan(20);
      } else {
        // Nothing to repair: the stored value was already clean (or absent).
        expect(after).toEqual(stored);
        if (stored !== undefined && stored !== null) expectValidSettings(after as Settings);
      }
    }), { numRuns: 300 });
  });
});
