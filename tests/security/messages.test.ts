// Hostile messages against the background's real handler (createBackground over a fake browser):
// every message from every kind of sender is either allowed by policy or refused with
// { ok: false }, without a crash and without any change of state (storage, registrations,
// permissions, badge, icon, injections, messages to tabs).
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackground, type Background } from '../../src/background/handlers.js';
import type { MessageSender } from '../../src/platform/api.js';
import { CONTENT_ONLY_TYPES, LIMITS, PAGE_ONLY_TYPES, parseBackgroundRequest, tabKey, type BackgroundRequest } from '../../src/shared/messages.js';
import { DEFAULT_SETTINGS, exportSettings, MAX_SITES, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';
import { EXTENSION_BASE, EXTENSION_ID, FakeBrowser } from '../adapters/fake-browser.js';
import { makeReport } from '../adapters/helpers.js';

const SITE = 'https://news.example';
const URL7 = `${SITE}/2026/05/story`;

const SENDERS = {
  contentTop: { id: EXTENSION_ID, url: URL7, frameId: 0, tab: { id: 7, url: URL7 } },
  contentSubframe: { id: EXTENSION_ID, url: 'https://ads.example/frame', frameId: 4, tab: { id: 7, url: URL7 } },
  contentOnBrowserPage: { id: EXTENSION_ID, url: 'chrome://settings/', frameId: 0, tab: { id: 8, url: 'chrome://settings/' } },
  contentOnFile: { id: EXTENSION_ID, url: 'file:///home/me/page.html', frameId: 0, tab: { id: 8, url: 'file:///home/me/page.html' } },
  contentOnStore: { id: EXTENSION_ID, url: 'https://addons.mozilla.org/x', frameId: 0, tab: { id: 8, url: 'https://addons.mozilla.org/x' } },
  popup: { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` },
  optionsInTab: { id: EXTENSION_ID, url: `${EXTENSION_BASE}options.html`, tab: { id: 3, url: `${EXTENSION_BASE}options.html` } },
  otherExtensionPage: { id: 'evil-extension', url: 'chrome-extension://evil-extension/popup.html' },
  otherExtensionContent: { id: 'evil-extension', url: URL7, frameId: 0, tab: { id: 7, url: URL7 } },
  webPageNamingOurBase: { id: EXTENSION_ID, url: `https://evil.example/${EXTENSION_BASE}popup.html`, frameId: 0, tab: { id: 9, url: 'https://evil.example/' } },
  lookalikeScheme: { id: EXTENSION_ID, url: `${EXTENSION_BASE.replace(EXTENSION_ID, `${EXTENSION_ID}x`)}popup.html` },
  noUrl: { id: EXTENSION_ID },
  noIdNoUrl: {},
} satisfies Record<string, MessageSender>;
type SenderName = keyof typeof SENDERS;
const SENDER_NAMES = Object.keys(SENDERS) as SenderName[];
const EXTENSION_PAGES: readonly SenderName[] = ['popup', 'optionsInTab'];

const VALID: Record<BackgroundRequest['type'], BackgroundRequest> = {
  report: { type: 'report', report: makeReport() },
  getTabState: { type: 'getTabState', tabId: 7 },
  setSiteEnabled: { type: 'setSiteEnabled', site: SITE, enabled: true, tabId: 7 },
  setSupporter: { type: 'setSupporter', site: SITE, supporter: true },
  setMode: { type: 'setMode', mode: 'hide' },
  setAllSites: { type: 'setAllSites', enabled: true },
  scanOnce: { type: 'scanOnce', tabId: 7 },
  getSettings: { type: 'getSettings' },
  importSettings: { type: 'importSettings', text: exportSettings({ ...DEFAULT_SETTINGS, mode: 'collapse' }) },
  dismissNotice: { type: 'dismissNotice' },
  addRule: { type: 'addRule', rule: 'news.example#@#.promo-box' },
  startPicker: { type: 'startPicker', tabId: 7 },
  notAppeal: { type: 'notAppeal', tabId: 7, appealId: 'a1' },
  setRules: { type: 'setRules', host: 'news.example', lines: ['news.example##.support-box:appeal(donation)'] },
  importRules: { type: 'importRules', text: 'news.example##.support-box\nother.example#@#.promo\n' },
};

/** Top-frame content scripts of ours on web pages (a page may put anything in its own URL). */
const CONTENT_SCRIPTS: readonly SenderName[] = ['contentTop', 'webPageNamingOurBase'];

/** Policy: reports only from a top-frame content script on a scannable page; the rest only from our pages. */
function allowed(type: BackgroundRequest['type'], sender: SenderName): boolean {
  if (CONTENT_ONLY_TYPES.has(type)) return CONTENT_SCRIPTS.includes(sender);
  return PAGE_ONLY_TYPES.has(type) && EXTENSION_PAGES.includes(sender);
}

const START: Settings = { ...DEFAULT_SETTINGS, mode: 'highlight', sites: { 'https://other.example': { enabled: true, supporter: false } } };

function freshBrowser(): { fb: FakeBrowser; bg: Background } {
  const fb = new FakeBrowser();
  fb.addTab(7, URL7, { active: true });
  fb.addTab(9, 'https://evil.example/');
  fb.granted.add('https://other.example/*');
  fb.local.data[SETTINGS_KEY] = structuredClone(START);
  fb.session.data[tabKey(9)] = { url: 'https://evil.example/', report: makeReport({ title: 'tab 9' }), at: 1 };
  return { fb, bg: createBackground(fb.background, () => 5_000) };
}

/** Everything a message could change. */
function stateOf(fb: FakeBrowser): unknown {
  return structuredClone({
    local: fb.local.data, session: fb.session.data, registered: [...fb.registered], granted: [...fb.granted].sort(),
    badgeText: [...fb.badgeText], badgeColor: [...fb.badgeColor], icon: [...fb.icon], injected: [...fb.injected], calls: fb.calls,
  });
}

async function expectRefusedWithoutChange(fb: FakeBrowser, bg: Background, message: unknown, sender: MessageSender): Promise<void> {
  const before = stateOf(fb);
  const reply = await bg.onMessage(message, sender);
  expect(reply).toMatchObject({ ok: false });
  expect(typeof (reply as { error?: unknown }).error).toBe('string');
  expect(stateOf(fb)).toEqual(before);
  expect(Object.prototype).not.toHaveProperty('polluted');
}

describe('the sender matrix: every request type from every kind of sender', () => {
  for (const type of Object.keys(VALID) as BackgroundRequest['type'][]) {
    it(`${type}: refused from every sender the policy does not allow`, async () => {
      for (const sender of SENDER_NAMES) {
        if (allowed(type, sender)) continue;
        const { fb, bg } = freshBrowser();
        await expectRefusedWithoutChange(fb, bg, structuredClone(VALID[type]), SENDERS[sender]);
      }
    });
  }

  it('and each one is accepted from an allowed sender (so the refusals above are about the sender)', async () => {
    for (const type of Object.keys(VALID) as BackgroundRequest['type'][]) {
      const sender = CONTENT_ONLY_TYPES.has(type) ? 'contentTop' : 'popup';
      const { bg } = freshBrowser();
      const reply = await bg.onMessage(structuredClone(VALID[type]), SENDERS[sender]);
      // Legitimate refusals by the browser, not by the policy: no permission yet (switch on),
      // no activeTab grant in the fake (scan once, the picker), no content script in the tab.
      const expected = { scanOnce: 'cannot-scan', startPicker: 'cannot-pick', notAppeal: 'no-such-appeal' }[type as string] ?? 'permission-pending';
      if (!(reply as { ok: boolean }).ok) expect(reply, type).toEqual({ ok: false, error: expected });
    }
  });
});

describe('the tab and URL come from the sender, never from the payload', () => {
  it('a report naming another tab or URL is refused; a clean one lands on the sender tab only', async () => {
    const { fb, bg } = freshBrowser();
    for (const extra of [{ tabId: 9 }, { url: 'https://evil.example/' }, { tab: { id: 9 } }, { sender: { tab: { id: 9 } } }]) {
      await expectRefusedWithoutChange(fb, bg, { ...VALID.report, ...extra }, SENDERS.contentTop);
      await expectRefusedWithoutChange(fb, bg, { type: 'report', report: { ...makeReport(), ...extra } }, SENDERS.contentTop);
    }
    const tab9Before = structuredClone(fb.session.data[tabKey(9)]);
    expect(await bg.onMessage(structuredClone(VALID.report), SENDERS.contentTop)).toEqual({ ok: true });
    expect(fb.session.data[tabKey(7)]).toMatchObject({ url: URL7 });
    expect(fb.session.data[tabKey(9)]).toEqual(tab9Before);
    expect([...fb.badgeText.keys()]).toEqual([7]);
  });

  it('a flood of reports from one page keeps one entry for its tab', async () => {
    const { fb, bg } = freshBrowser();
    for (let i = 0; i < 2000; i++) await bg.onMessage({ type: 'report', report: makeReport({ wordsArticle: i }) }, SENDERS.contentTop);
    expect(Object.keys(fb.session.data).sort()).toEqual([tabKey(7), tabKey(9)]);
    expect((fb.session.data[tabKey(7)] as { report: { wordsArticle: number } }).report.wordsArticle).toBe(1999);
  });
});

describe('rules from the page: the site comes from the sender', () => {
  it('a rule for the sender tab\'s site is stored under that site; one for another site, or naming a site in the payload, is refused', async () => {
    const { fb, bg } = freshBrowser();
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: 'evil.example##.x' }, SENDERS.contentTop);
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: 'news.example##.x', site: 'https://evil.example' }, SENDERS.contentTop);
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: 'news.example##.x', host: 'evil.example' }, SENDERS.contentTop);
    // The evil page's own content script may add rules for evil.example only, never for news.example.
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: 'news.example##.x' }, SENDERS.webPageNamingOurBase);
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: '*##.x' }, SENDERS.contentTop);
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: 'javascript:alert(1)##.x' }, SENDERS.contentTop);
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: 'news.example##.x\nevil.example##.y' }, SENDERS.contentTop);
    await expectRefusedWithoutChange(fb, bg, { type: 'addRule', rule: `news.example##.${'x'.repeat(LIMITS.ruleLine)}` }, SENDERS.contentTop);
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example#@#.promo-box' }, SENDERS.contentTop)).toEqual({ ok: true });
    expect((fb.local.data[SETTINGS_KEY] as Settings).rules).toEqual({ 'news.example': ['news.example#@#.promo-box'] });
  });

  it('rules for hosts that are not one named site are refused from the options page too, naming the line', async () => {
    const { fb, bg } = freshBrowser();
    for (const text of ['*##.x', 'javascript:alert(1)##.x', 'news.example##.ok\n*.example##.x', 'news.example##div[', 'news.example##.x:remove()']) {
      const before = stateOf(fb);
      const reply = await bg.onMessage({ type: 'importRules', text }, SENDERS.popup) as { ok: boolean; ruleError?: { line: number } };
      expect(reply.ok, text).toBe(false);
      expect(reply.ruleError?.line, text).toBeGreaterThan(0);
      expect(stateOf(fb)).toEqual(before);
    }
    await expectRefusedWithoutChange(fb, bg, { type: 'setRules', host: '*', lines: ['*##.x'] }, SENDERS.popup);
    await expectRefusedWithoutChange(fb, bg, { type: 'setRules', host: 'news.example', lines: ['other.example##.x'] }, SENDERS.popup);
    await expectRefusedWithoutChange(fb, bg, { type: 'importRules', text: 'news.example##.x\n'.repeat(400_000) }, SENDERS.popup);
  });
});

describe('oversized messages are refused quickly, without a crash', () => {
  const summary = makeReport().appeals[0]!;
  const cases: [string, () => unknown][] = [
    ['100,000 appeals', () => ({ type: 'report', report: makeReport({ appeals: Array.from({ length: 100_000 }, (_, i) => ({ ...summary, id: `a${i}` })) }) })],
    ['a 10 MB title', () => ({ type: 'report', report: makeReport({ title: 'x'.repeat(10_000_000) }) })],
    ['a 5 MB excerpt', () => ({ type: 'report', report: makeReport({ appeals: [{ ...summary, excerpt: 'Donate '.repeat(700_000) }] }) })],
    ['100,000 reasons', () => ({ type: 'report', report: makeReport({ appeals: [{ ...summary, reasons: Array.from({ length: 100_000 }, () => 'r') }] }) })],
    ['an appeal id of 1 MB', () => ({ type: 'report', report: makeReport({ appeals: [{ ...summary, id: 'a'.repeat(1_000_000) }] }) })],
    ['a 5 MB settings import', () => ({ type: 'importSettings', text: ' '.repeat(5_000_000) })],
    ['a 5 MB rules paste', () => ({ type: 'importRules', text: 'news.example##.support-box\n'.repeat(200_000) })],
    ['100,000 rule lines for one site', () => ({ type: 'setRules', host: 'news.example', lines: Array.from({ length: 100_000 }, (_, i) => `news.example##.b${i}`) })],
    ['a 1 MB rule from the page', () => ({ type: 'addRule', rule: `news.example##.${'x'.repeat(1_000_000)}` })],
    ['100,000 extra keys', () => Object.fromEntries([['type', 'getSettings'], ...Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])])],
    ['objects nested 100,000 deep', () => {
      let v: unknown = null;
      for (let i = 0; i < 100_000; i++) v = { v };
      return { type: 'report', report: v };
    }],
    ['a cyclic report', () => {
      const report: Record<string, unknown> = { ...makeReport() };
      report['self'] = report;
      return { type: 'report', report };
    }],
  ];
  for (const [name, make] of cases) {
    it(name, async () => {
      for (const sender of ['contentTop', 'popup'] as const) {
        const { fb, bg } = freshBrowser();
        const message = make();
        const t0 = performance.now();
        await expectRefusedWithoutChange(fb, bg, message, SENDERS[sender]);
        expect(performance.now() - t0).toBeLessThan(3000);
      }
    });
  }

  it('the largest legitimate report still fits under the caps', async () => {
    const { fb, bg } = freshBrowser();
    const appeals = Array.from({ length: LIMITS.appeals }, (_, i) => ({
      ...summary, id: `a${i + 1}`, excerpt: 'x'.repeat(LIMITS.excerpt), reasons: Array.from({ length: 3 }, () => 'y'.repeat(100)),
    }));
    expect(await bg.onMessage({ type: 'report', report: makeReport({ appeals }) }, SENDERS.contentTop)).toEqual({ ok: true });
    expect(fb.session.data[tabKey(7)]).toBeDefined();
  });
});

describe('malformed and unknown messages', () => {
  const malformed: unknown[] = [
    undefined, null, 0, -1, NaN, Infinity, 42n, true, '', 'report', 'getSettings', Symbol.for('x').description, [], [VALID.getSettings],
    [['type', 'getSettings']], {}, { type: null }, { type: 42 }, { type: ['report'] }, { type: 'REPORT' }, { type: 'report ' },
    { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }, { type: 'hasOwnProperty' },
    { type: 'content:off' }, { type: 'content:show', appealId: 'a1' }, { type: 'eval', code: 'alert(1)' },
    { type: 'setMode', mode: 'destroy' }, { type: 'setMode', mode: null }, { type: 'setMode' },
    { type: 'setSiteEnabled', site: 'javascript:alert(1)', enabled: true }, { type: 'setSiteEnabled', site: 'file:///etc', enabled: true },
    { type: 'setSiteEnabled', site: `${SITE}/path`, enabled: true }, { type: 'setSiteEnabled', site: '__proto__', enabled: true },
    { type: 'setSiteEnabled', site: SITE, enabled: 1 }, { type: 'setSupporter', site: SITE, supporter: 'yes' },
    { type: 'scanOnce', tabId: -1 }, { type: 'scanOnce', tabId: 1.5 }, { type: 'scanOnce', tabId: '7' }, { type: 'scanOnce', tabId: 2 ** 40 },
    { type: 'getTabState', tabId: NaN }, { type: 'importSettings', text: 42 }, { type: 'importSettings', text: { version: 1 } },
    new Date(0), new Map([['type', 'getSettings']]), /report/, new Uint8Array(8), Object.create(null),
    JSON.parse('{"type":"setMode","mode":"hide","__proto__":{"polluted":true}}'),
    Object.assign(Object.create({ type: 'getSettings' }), {}), // type only on the prototype
  ];

  it('are refused with { ok: false } and change nothing, from content scripts and from extension pages', async () => {
    for (const m of malformed) {
      for (const sender of ['contentTop', 'popup'] as const) {
        const { fb, bg } = freshBrowser();
        await expectRefusedWithoutChange(fb, bg, m, SENDERS[sender]);
      }
    }
  });
});

describe('imported settings cannot pollute prototypes or smuggle sites', () => {
  it('keys like __proto__, constructor and prototype are dropped or refused; Object.prototype stays clean', async () => {
    const { fb, bg } = freshBrowser();
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const text = `{"app":"appeal-spotter","version":2,"mode":"hide","allSites":false,"sites":{"${key}":{"enabled":true,"supporter":true,"polluted":true},"https://ok.example":{"enabled":true,"supporter":false}},"rules":{"${key}":["${key}##.x"],"ok.example":["ok.example##.y"]}}`;
      const reply = await bg.onMessage({ type: 'importSettings', text }, SENDERS.popup);
      expect(reply).toHaveProperty('ok');
      const stored = fb.local.data[SETTINGS_KEY] as Settings;
      expect(Object.keys(stored.sites)).not.toContain(key);
      expect(Object.getPrototypeOf(stored.sites)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(stored.rules)).toBe(Object.prototype);
      expect(Object.keys(stored.rules)).not.toContain(key);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(({} as Record<string, unknown>)['enabled']).toBeUndefined();
    }
  });

  it('an import with more sites than the cap keeps at most the cap', async () => {
    const { fb, bg } = freshBrowser();
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES + 2000 }, (_, i) => [`https://s${i}.example`, { enabled: true, supporter: false }]));
    const text = JSON.stringify({ app: 'appeal-spotter', version: 1, mode: 'highlight', allSites: false, sites });
    expect(text.length).toBeLessThan(LIMITS.importText);
    await bg.onMessage({ type: 'importSettings', text }, SENDERS.popup);
    expect(Object.keys((fb.local.data[SETTINGS_KEY] as Settings).sites).length).toBeLessThanOrEqual(MAX_SITES);
  });
});

describe('fuzzing the handler (fast-check)', () => {
  const senderArb = fc.constantFrom(...SENDER_NAMES);
  const typeArb = fc.constantFrom(...(Object.keys(VALID) as BackgroundRequest['type'][]));
  /** Near-valid messages: one valid message with one field dropped, added or replaced. */
  const mutatedArb = fc.tuple(typeArb, fc.nat(), fc.oneof(
    fc.constant<'drop'>('drop'),
    fc.record({ add: fc.constantFrom('tabId', 'url', 'tab', 'sender', '__proto__', 'constructor', 'x', 'frameId'), value: fc.jsonValue() }),
    fc.record({ replace: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }) }),
    fc.record({ deepReplace: fc.jsonValue({ maxDepth: 3 }) }),
  )).map(([type, pick, how]) => {
    const m = structuredClone(VALID[type]) as unknown as Record<string, unknown>;
    const keys = Object.keys(m);
    const key = keys[pick % keys.length]!;
    if (how === 'drop') delete m[key];
    else if ('add' in how) Object.defineProperty(m, how.add, { value: how.value, enumerable: true, configurable: true, writable: true });
    else if ('replace' in how) m[key] = how.replace;
    else if (typeof m['report'] === 'object' && m['report'] !== null) {
      const r = m['report'] as Record<string, unknown>;
      const rk = Object.keys(r);
      r[rk[pick % rk.length]!] = how.deepReplace;
    } else m[key] = how.deepReplace;
    return m as unknown;
  });
  const messageArb = fc.oneof(
    { weight: 3, arbitrary: mutatedArb },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.record({ type: fc.oneof(typeArb, fc.string()) }, { requiredKeys: [] }) },
  );

  it('1,500 generated messages × senders: never a crash; anything invalid or not allowed changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(messageArb, senderArb, async (message, senderName) => {
        const { fb, bg } = freshBrowser();
        const before = stateOf(fb);
        const parsed = parseBackgroundRequest(message);
        const reply = (await bg.onMessage(message, SENDERS[senderName])) as { ok?: unknown };
        expect(typeof reply?.ok).toBe('boolean');
        if (!parsed || !allowed(parsed.type, senderName)) {
          expect(reply.ok).toBe(false);
          expect(stateOf(fb)).toEqual(before);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1500 },
    );
  });
});
