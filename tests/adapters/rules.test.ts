// The reader's rules outside the core: stored per host in settings (v2, migrated from v1),
// exported and imported with the settings, the messages that carry them, and the background
// handlers that store them (the site from the sender, never from the payload).
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackground, type Background } from '../../src/background/handlers.js';
import type { MessageSender } from '../../src/platform/api.js';
import { LIMITS, parseBackgroundRequest, parseContentCommand, tabKey } from '../../src/shared/messages.js';
import {
  addRuleLine, checkHostLines, DEFAULT_SETTINGS, exportSettings, importSettings, MAX_RULES_TEXT, migrate, parseRulesBlock,
  ruleLinesFor, SETTINGS_KEY, SETTINGS_VERSION, type Settings,
} from '../../src/shared/settings.js';
import { EXTENSION_BASE, EXTENSION_ID, FakeBrowser, settle } from './fake-browser.js';
import { makeReport } from './helpers.js';

const SITE = 'https://www.news.example';
const URL1 = `${SITE}/2026/story`;
const HOST = 'news.example';
const popup: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` };
const options: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}options.html` };
const contentIn = (tabId: number, url = URL1, frameId = 0): MessageSender => ({ id: EXTENSION_ID, url, frameId, tab: { id: tabId, url } });

describe('settings version 2: rules per host', () => {
  it('migrates a version-1 value to version 2 with no rules, saying it was updated', () => {
    const v1 = { version: 1, mode: 'hide', allSites: false, sites: { 'https://a.example': { enabled: true, supporter: false } } };
    const r = migrate(v1);
    expect(SETTINGS_VERSION).toBe(2);
    expect(r.settings).toEqual({ ...v1, version: 2, rules: {} });
    expect(r.notice).toEqual({ code: 'migrated', detail: '1' });
    // …and the migrated value is clean from then on.
    expect(migrate(structuredClone(r.settings))).toEqual({ settings: r.settings });
  });

  it('repairs bad stored rules without throwing: bad lines, hosts and shapes are dropped and counted', () => {
    const r = migrate({
      version: 2, mode: 'highlight', allSites: false, sites: {},
      rules: {
        [HOST]: ['news.example##.support-box', '*##.everything', 'news.example##div[', 42, 'other.example##.x', '  news.example#@#.promo  ', '! a note'],
        'not a host!': ['x##y'],
        'other.example': 'other.example##.x',
        __proto__: ['__proto__##.x'],
      },
    });
    expect(r.settings.rules).toEqual({ [HOST]: ['news.example##.support-box', 'news.example#@#.promo', '! a note'] });
    expect(r.notice?.code).toBe('repaired');
    expect(Object.getPrototypeOf(r.settings.rules)).toBe(Object.prototype);
    expect(migrate({ version: 2, mode: 'hide', allSites: false, sites: {}, rules: 'news.example##.x' }).notice?.code).toBe('reset-corrupt');
    const hostile = { version: 2, mode: 'hide', allSites: false, sites: {}, get rules(): never { throw new Error('boom'); } };
    expect(migrate(hostile).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('caps what is stored: an oversized rules value keeps at most the caps', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `news.example##.b${i}`);
    const r = migrate({ version: 2, mode: 'hide', allSites: false, sites: {}, rules: { [HOST]: lines } });
    expect(r.settings.rules[HOST]!.length).toBeLessThanOrEqual(2000);
    expect(r.notice?.code).toBe('repaired');
    const long = migrate({ version: 2, mode: 'hide', allSites: false, sites: {}, rules: { [HOST]: [`news.example##.${'x'.repeat(5000)}`] } });
    expect(long.settings.rules).toEqual({});
  });

  it('export includes the rules; import round-trips them', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, rules: { [HOST]: ['news.example##.support-box:appeal(donation)', '!off news.example#@#.promo'] } };
    const text = exportSettings(s);
    expect(JSON.parse(text).rules).toEqual(s.rules);
    expect(importSettings(text)).toEqual({ ok: true, settings: s });
  });

  it('an imported file with a bad rule line is refused, naming the host and the line', () => {
    const file = JSON.stringify({ app: 'appeal-spotter', version: 2, mode: 'hide', allSites: false, sites: {},
      rules: { [HOST]: ['news.example##.ok', 'news.example##.x:remove()'], 'b.example': ['b.example##.fine'] } });
    const r = importSettings(file);
    expect(r.ok).toBe(false);
    if (r.ok || r.error !== 'bad-rule') throw new Error('expected bad-rule');
    expect(r.ruleError).toMatchObject({ host: HOST, line: 2, source: 'news.example##.x:remove()' });
    expect(r.ruleError.message).toMatch(/uBlock Origin operator/);
    const wildcard = importSettings(JSON.stringify({ version: 2, mode: 'hide', allSites: false, sites: {}, rules: { [HOST]: ['*##.x'] } }));
    expect(wildcard).toMatchObject({ ok: false, error: 'bad-rule', ruleError: { line: 1 } });
  });

  it('helpers: a host checks its own lines; a block groups by host; adding replaces the opposite action', () => {
    expect(checkHostLines(HOST, ['news.example##.a', 'other.example##.b'])).toMatchObject({ ok: false, error: { line: 2, code: 'wrong-host' } });
    expect(checkHostLines(HOST, ['news.example##.a', '', '!off news.example##.c'])).toEqual({ ok: true, lines: ['news.example##.a', '!off news.example##.c'] });
    const block = parseRulesBlock('! mine\nnews.example##.a\nother.example#@#.b\n\nnews.example##.c:appeal(paywall)\n');
    expect(block).toEqual({ ok: true, count: 3, byHost: { [HOST]: ['! mine', 'news.example##.a', 'news.example##.c:appeal(paywall)'], 'other.example': ['other.example#@#.b'] } });
    expect(parseRulesBlock('news.example##.a\njavascript:alert(1)##.x')).toMatchObject({ ok: false, error: { line: 2, source: 'javascript:alert(1)##.x' } });
    expect(parseRulesBlock('x'.repeat(MAX_RULES_TEXT + 1))).toMatchObject({ ok: false, error: { line: 0, code: 'too-long' } });
    let s = addRuleLine(DEFAULT_SETTINGS, HOST, 'news.example##.box:appeal(donation)');
    s = addRuleLine(s, HOST, 'news.example##.box:appeal(donation)');
    expect(s.rules[HOST]).toEqual(['news.example##.box:appeal(donation)']);
    s = addRuleLine(s, HOST, 'news.example#@#.box');
    expect(s.rules[HOST]).toEqual(['news.example#@#.box']);
    expect(ruleLinesFor({ ...s, rules: { ...s.rules, 'sub.news.example': ['sub.news.example##.x'], 'badnews.example': ['badnews.example##.y'] } }, 'www.sub.news.example'))
      .toEqual(['news.example#@#.box', 'sub.news.example##.x']);
  });
});

describe('message guards for rules', () => {
  it('accept the rule messages and refuse malformed or oversized ones', () => {
    const ok = [
      { type: 'addRule', rule: 'news.example##.x' }, { type: 'startPicker', tabId: 3 }, { type: 'notAppeal', tabId: 3, appealId: 'a1' },
      { type: 'setRules', host: HOST, lines: ['news.example##.x'] }, { type: 'setRules', host: HOST, lines: [] },
      { type: 'importRules', text: 'news.example##.x' },
    ];
    for (const m of ok) expect(parseBackgroundRequest(m), JSON.stringify(m)).toEqual(m);
    const bad = [
      { type: 'addRule' }, { type: 'addRule', rule: '' }, { type: 'addRule', rule: 'x'.repeat(LIMITS.ruleLine + 1) },
      { type: 'addRule', rule: 'news.example##.x', site: SITE }, { type: 'addRule', rule: ['news.example##.x'] },
      { type: 'startPicker' }, { type: 'startPicker', tabId: -1 }, { type: 'notAppeal', tabId: 3 }, { type: 'notAppeal', tabId: 3, appealId: '' },
      { type: 'setRules', host: '*', lines: [] }, { type: 'setRules', host: 'https://news.example', lines: [] },
      { type: 'setRules', host: HOST, lines: 'news.example##.x' }, { type: 'setRules', host: HOST, lines: [42] },
      { type: 'setRules', host: HOST, lines: Array(LIMITS.ruleLines + 1).fill('news.example##.x') },
      { type: 'importRules', text: 'x'.repeat(LIMITS.rulesText + 1) }, { type: 'importRules', text: null },
    ];
    for (const m of bad) expect(parseBackgroundRequest(m), JSON.stringify(m).slice(0, 80)).toBeNull();
    expect(parseContentCommand({ type: 'content:rules' })).toEqual({ type: 'content:rules' });
    expect(parseContentCommand({ type: 'content:pick' })).toEqual({ type: 'content:pick' });
    expect(parseContentCommand({ type: 'content:notAppeal', appealId: 'a2' })).toEqual({ type: 'content:notAppeal', appealId: 'a2' });
    expect(parseContentCommand({ type: 'content:notAppeal' })).toBeNull();
    expect(parseContentCommand({ type: 'content:pick', x: 1 })).toBeNull();
  });
});

describe('background: rules', () => {
  let fb: FakeBrowser;
  let bg: Background;
  const stored = (): Settings => fb.local.data[SETTINGS_KEY] as Settings;
  const told = (tabId: number): unknown[] => fb.callsTo('tabs.sendMessage').filter((c) => c.args[0] === tabId).map((c) => c.args[1]);

  beforeEach(() => {
    fb = new FakeBrowser();
    bg = createBackground(fb.background, () => 1);
    fb.addTab(7, URL1, { active: true });
    fb.addTab(8, 'https://sub.news.example/other');
    fb.addTab(9, 'https://elsewhere.example/');
    for (const [id, url] of [[7, URL1], [8, 'https://sub.news.example/other'], [9, 'https://elsewhere.example/']] as const) {
      fb.session.data[tabKey(id)] = { url, report: makeReport(), at: 1 };
    }
  });

  it('addRule stores the rule under the sender tab\'s host and tells that site\'s tabs to rescan', async () => {
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example#@#.promo' }, contentIn(7))).toEqual({ ok: true });
    expect(stored().rules).toEqual({ [HOST]: ['news.example#@#.promo'] });
    expect(told(7)).toContainEqual({ type: 'content:rules' });
    expect(told(8)).toContainEqual({ type: 'content:rules' }); // a subdomain: the rule applies there too
    expect(told(9)).toEqual([]);
  });

  it('addRule refuses a rule for another site, from a sub-frame, from an extension page or a non-web page', async () => {
    expect(await bg.onMessage({ type: 'addRule', rule: 'elsewhere.example##.x' }, contentIn(7))).toEqual({ ok: false, error: 'wrong-host' });
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example##.x' }, contentIn(9, 'https://elsewhere.example/'))).toEqual({ ok: false, error: 'wrong-host' });
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example##.x' }, contentIn(7, URL1, 2))).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example##.x' }, popup)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example##.x' }, contentIn(7, 'file:///news.example/x.html'))).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage({ type: 'addRule', rule: '! just a comment' }, contentIn(7))).toEqual({ ok: false, error: 'bad-rule' });
    expect(await bg.onMessage({ type: 'addRule', rule: 'news.example##div[' }, contentIn(7))).toEqual({ ok: false, error: 'bad-rule' });
    expect(fb.local.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('startPicker and notAppeal are forwarded to the tab\'s content script; startPicker injects it when absent', async () => {
    const got: unknown[] = [];
    fb.contentInTab.set(7, { onMessage: (m) => { got.push(m); return Promise.resolve({ ok: true }); } });
    expect(await bg.onMessage({ type: 'startPicker', tabId: 7 }, popup)).toEqual({ ok: true });
    expect(await bg.onMessage({ type: 'notAppeal', tabId: 7, appealId: 'a3' }, popup)).toEqual({ ok: true });
    expect(got).toEqual([{ type: 'content:pick' }, { type: 'content:notAppeal', appealId: 'a3' }]);
    // No content script in tab 8: injected (activeTab), then asked.
    fb.granted.add('https://sub.news.example/*');
    fb.executeHook = () => fb.contentInTab.set(8, { onMessage: (m) => { got.push(m); return Promise.resolve({ ok: true }); } });
    expect(await bg.onMessage({ type: 'startPicker', tabId: 8 }, popup)).toEqual({ ok: true });
    expect(fb.injected).toEqual([8]);
    expect(got.at(-1)).toEqual({ type: 'content:pick' });
    expect(await bg.onMessage({ type: 'notAppeal', tabId: 9, appealId: 'a1' }, popup)).toEqual({ ok: false, error: 'no-such-appeal' });
    expect(await bg.onMessage({ type: 'startPicker', tabId: 7 }, contentIn(7))).toEqual({ ok: false, error: 'not-allowed' });
  });

  it('setRules replaces one host\'s lines or refuses them naming the line; what was stored stays', async () => {
    fb.local.data[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, rules: { [HOST]: ['news.example##.keep'] } };
    const bad = await bg.onMessage({ type: 'setRules', host: HOST, lines: ['news.example##.a', 'news.example##.b:has-text(', 'news.example##.c'] }, options);
    expect(bad).toMatchObject({ ok: false, error: 'bad-rule', ruleError: { host: HOST, line: 2, source: 'news.example##.b:has-text(' } });
    expect(stored().rules).toEqual({ [HOST]: ['news.example##.keep'] });
    const ok = await bg.onMessage({ type: 'setRules', host: HOST, lines: ['news.example##.a', '!off news.example#@#.b'] }, options);
    expect(ok).toMatchObject({ ok: true, settings: { rules: { [HOST]: ['news.example##.a', '!off news.example#@#.b'] } } });
    expect(told(7)).toContainEqual({ type: 'content:rules' });
    await bg.onMessage({ type: 'setRules', host: HOST, lines: [] }, options);
    expect(stored().rules).toEqual({});
  });

  it('importRules adds a pasted block per host, or nothing at all when one line is bad', async () => {
    fb.local.data[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, rules: { [HOST]: ['news.example##.keep'] } };
    const bad = await bg.onMessage({ type: 'importRules', text: 'news.example##.a\nb.example##.b\n*.example##.c' }, options);
    expect(bad).toMatchObject({ ok: false, error: 'bad-rule', ruleError: { host: null, line: 3, source: '*.example##.c' } });
    expect(stored().rules).toEqual({ [HOST]: ['news.example##.keep'] });
    await bg.onMessage({ type: 'importRules', text: 'news.example##.keep\nnews.example##.a\nb.example##.b' }, options);
    expect(stored().rules).toEqual({ [HOST]: ['news.example##.keep', 'news.example##.a'], 'b.example': ['b.example##.b'] });
  });

  it('importSettings with a bad rule refuses the whole file with the line, keeping the settings', async () => {
    const current: Settings = { ...DEFAULT_SETTINGS, mode: 'collapse', rules: { [HOST]: ['news.example##.keep'] } };
    fb.local.data[SETTINGS_KEY] = structuredClone(current);
    const text = JSON.stringify({ app: 'appeal-spotter', version: 2, mode: 'hide', allSites: false, sites: {}, rules: { [HOST]: ['news.example##.a', 'nope'] } });
    expect(await bg.onMessage({ type: 'importSettings', text }, options)).toMatchObject({ ok: false, error: 'import-bad-rule', ruleError: { host: HOST, line: 2, source: 'nope' } });
    expect(stored()).toEqual(current);
    await settle();
  });
});
