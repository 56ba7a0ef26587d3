import { beforeEach, describe, expect, it } from 'vitest';
import { badgeFor, BADGE_COLORS, ICON_OFF, ICON_ON } from '../../src/background/badge.js';
import { createBackground, type Background } from '../../src/background/handlers.js';
import { desiredScripts, grantedFrom } from '../../src/background/sites.js';
import type { MessageSender } from '../../src/platform/api.js';
import { LIMITS, tabKey } from '../../src/shared/messages.js';
import { DEFAULT_SETTINGS, NOTICE_KEY, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';
import { EXTENSION_BASE, EXTENSION_ID, FakeBrowser } from './fake-browser.js';
import { makeReport } from './helpers.js';

const SITE = 'https://news.example';
const URL1 = `${SITE}/2026/story`;
const popup: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` };
const contentIn = (tabId: number, url = URL1): MessageSender => ({ id: EXTENSION_ID, url, frameId: 0, tab: { id: tabId, url } });

let fb: FakeBrowser;
let bg: Background;
const stored = async (): Promise<Settings> => (await fb.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
const setSettings = (s: Settings): Promise<void> => fb.local.set({ [SETTINGS_KEY]: s });

beforeEach(() => {
  fb = new FakeBrowser();
  bg = createBackground(fb.background, () => 1_000_000);
  fb.addTab(7, URL1, { active: true });
});

describe('reports from content scripts', () => {
  it('stores the report per tab in storage.session and sets the badge, tab and URL taken from the sender', async () => {
    const r = makeReport();
    expect(await bg.onMessage({ type: 'report', report: r }, contentIn(7))).toEqual({ ok: true });
    expect(fb.session.data[tabKey(7)]).toEqual({ url: URL1, report: r, at: 1_000_000 });
    expect(fb.badgeText.get(7)).toBe('1');
    expect(fb.badgeColor.get(7)).toBe(BADGE_COLORS.donation);
  });

  it('refuses reports without a tab, from a sub-frame, from a non-web URL or from an extension page', async () => {
    const r = { type: 'report', report: makeReport() };
    expect(await bg.onMessage(r, { id: EXTENSION_ID, url: URL1 })).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage(r, { ...contentIn(7), frameId: 3 })).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage(r, contentIn(7, 'file:///tmp/x.html'))).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage(r, popup)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await bg.onMessage(r, { ...contentIn(7), id: 'another-extension' })).toEqual({ ok: false, error: 'foreign-sender' });
    expect(fb.session.data).toEqual({});
    expect(fb.badgeText.size).toBe(0);
  });

  it('refuses forged, oversized, malformed and unknown messages without a crash', async () => {
    const big = Array.from({ length: LIMITS.appeals + 5 }, (_, i) => ({ ...makeReport().appeals[0]!, id: `a${i}` }));
    const bad: unknown[] = [
      undefined, null, 42, 'report', [], {}, { type: 'nope' }, { type: 'report' }, { type: 'report', report: null },
      { type: 'report', report: makeReport({ appeals: big }) },
      { type: 'report', report: makeReport(), tabId: 99 },
      JSON.parse(`{"type":"report","report":${JSON.stringify(makeReport()).replace(/^\{/, '{"__proto__":{"polluted":true},')}}`),
      { type: 'setSiteEnabled', site: 'https://x.example', enabled: 'yes' },
    ];
    for (const m of bad) expect(await bg.onMessage(m, contentIn(7))).toMatchObject({ ok: false });
    expect(fb.session.data).toEqual({});
    expect(fb.registered.size).toBe(0);
  });

  it('accepts settings changes only from extension pages', async () => {
    for (const m of [
      { type: 'setSiteEnabled', site: SITE, enabled: true },
      { type: 'setMode', mode: 'hide' }, { type: 'setAllSites', enabled: true }, { type: 'importSettings', text: '{}' },
      { type: 'scanOnce', tabId: 7 }, { type: 'getTabState', tabId: 7 }, { type: 'getSettings' },
    ]) {
      expect(await bg.onMessage(m, contentIn(7))).toEqual({ ok: false, error: 'not-allowed' });
      expect(await bg.onMessage(m, { id: EXTENSION_ID, url: 'https://evil.example/chrome-extension://fake-extension-id/' })).toEqual({ ok: false, error: 'not-allowed' });
    }
    expect(await stored()).toBeUndefined();
    expect(fb.callsTo('scripting.executeScript')).toHaveLength(0);
  });
});

describe('badge', () => {
  it('counts primary appeals, colours by the most serious kind and marks paywalls', () => {
    const a = makeReport().appeals[0]!;
    expect(badgeFor(null)).toEqual({ text: '', color: BADGE_COLORS.none });
    expect(badgeFor(makeReport({ appeals: [] }))).toEqual({ text: '', color: BADGE_COLORS.none });
    expect(badgeFor(makeReport({ appeals: [a, { ...a, id: 'a2', kind: 'subscription' }] }))).toEqual({ text: '2', color: BADGE_COLORS.subscription });
    expect(badgeFor(makeReport({ appeals: [a, { ...a, id: 'a2', kind: 'paywall' }, { ...a, id: 'a3', kind: 'subscription' }] })).color).toBe(BADGE_COLORS.paywall);
    expect(badgeFor(makeReport({ paywall: { detected: true, state: 'hard', signals: ['x'] } }))).toEqual({ text: '1', color: BADGE_COLORS.paywall });
    expect(badgeFor(makeReport({ appeals: [], paywall: { detected: true, state: 'metered', signals: [] } })).text).toBe('P');
    // Supporter sites: donation appeals are counted even though they are not flagged.
    expect(badgeFor(makeReport({ appeals: [{ ...a, flagged: false }] })).text).toBe('1');
  });

  it('says in the button title when the page is paywalled', async () => {
    fb.messages = { titlePaywalled: 'paywalled', titleAppeals: 'appeals' };
    await bg.onMessage({ type: 'report', report: makeReport({ paywall: { detected: true, state: 'metered', signals: [] } }) }, contentIn(7));
    expect(fb.callsTo('action.setTitle').at(-1)?.args[0]).toEqual({ tabId: 7, title: 'paywalled' });
    await bg.onTabUpdated(7, { status: 'loading' }, { id: 7, url: URL1 });
    expect(fb.callsTo('action.setTitle').at(-1)?.args[0]).toEqual({ tabId: 7, title: '' });
  });

  it('is cleared on navigation and the tab state dropped; icon follows the site setting', async () => {
    await bg.onMessage({ type: 'report', report: makeReport() }, contentIn(7));
    await bg.onTabUpdated(7, { status: 'loading', url: `${SITE}/next` }, { id: 7, url: `${SITE}/next` });
    expect(fb.badgeText.get(7)).toBe('');
    expect(fb.session.data[tabKey(7)]).toBeUndefined();
    expect(fb.icon.get(7)).toEqual(ICON_OFF);
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    await bg.onTabUpdated(7, { status: 'loading' }, { id: 7, url: URL1 });
    expect(fb.icon.get(7)).toEqual(ICON_ON);
    // A title change or "complete" does not wipe the result.
    await bg.onMessage({ type: 'report', report: makeReport() }, contentIn(7));
    await bg.onTabUpdated(7, { status: 'complete' }, { id: 7, url: URL1 });
    expect(fb.badgeText.get(7)).toBe('1');
  });

  it('forgets a closed tab', async () => {
    await bg.onMessage({ type: 'report', report: makeReport() }, contentIn(7));
    await bg.onTabRemoved(7);
    expect(fb.session.data).toEqual({});
  });
});

describe('switching a site on and off', () => {
  it('registers a persistent content script for the origin and scans the open tab', async () => {
    fb.granted.add(`${SITE}/*`);
    expect(await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true, tabId: 7 }, popup)).toEqual({ ok: true });
    expect((await stored()).sites[SITE]).toEqual({ enabled: true, supporter: false });
    expect([...fb.registered.values()]).toEqual([{
      id: `site:${SITE}`, matches: [`${SITE}/*`], js: ['content.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true,
    }]);
    expect(fb.callsTo('scripting.executeScript').map((c) => c.args[0])).toEqual([{ target: { tabId: 7 }, files: ['content.js'] }]);
    // Idempotent: switching on twice registers nothing twice (the fake throws on duplicate ids).
    expect(await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true }, popup)).toEqual({ ok: true });
    expect(fb.callsTo('scripting.registerContentScripts')).toHaveLength(1);
  });

  it('does not inject into a tab that shows another site', async () => {
    fb.granted.add(`${SITE}/*`);
    fb.addTab(8, 'https://elsewhere.example/');
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true, tabId: 8 }, popup);
    expect(fb.callsTo('scripting.executeScript')).toHaveLength(0);
  });

  it('without the permission: records a pending grant, and permissions.onAdded finishes the job', async () => {
    expect(await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true, tabId: 7 }, popup)).toEqual({ ok: false, error: 'permission-pending' });
    expect(fb.registered.size).toBe(0);
    expect(await stored()).toBeUndefined();
    fb.granted.add(`${SITE}/*`);
    await bg.onPermissionsAdded({ origins: [`${SITE}/*`] });
    expect(fb.registered.has(`site:${SITE}`)).toBe(true);
    expect(fb.injected).toEqual([7]);
  });

  it('a permission granted for another site does not switch the pending one on', async () => {
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true }, popup);
    fb.granted.add('https://other.example/*');
    await bg.onPermissionsAdded({ origins: ['https://other.example/*'] });
    expect(fb.registered.size).toBe(0);
  });

  it('off: unregisters, tells the tab to remove its flags, clears badge and state, gives the permission back', async () => {
    fb.granted.add(`${SITE}/*`);
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true, tabId: 7 }, popup);
    await bg.onMessage({ type: 'report', report: makeReport() }, contentIn(7));
    const offs: unknown[] = [];
    fb.contentInTab.set(7, { onMessage: (m) => { offs.push(m); return Promise.resolve({ ok: true }); } });
    expect(await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: false, tabId: 7 }, popup)).toEqual({ ok: true });
    expect(fb.registered.size).toBe(0);
    expect(offs).toEqual([{ type: 'content:off' }]);
    expect(fb.badgeText.get(7)).toBe('');
    expect(fb.session.data[tabKey(7)]).toBeUndefined();
    expect(fb.granted.has(`${SITE}/*`)).toBe(false);
    expect((await stored()).sites[SITE]).toBeUndefined();
  });

  it('keeps a permission the manifest requires (e2e build) when switching off', async () => {
    fb.hostPermissionsInManifest = ['http://127.0.0.1/*'];
    fb.granted.add('http://127.0.0.1/*');
    fb.addTab(9, 'http://127.0.0.1:4321/a');
    await bg.onMessage({ type: 'setSiteEnabled', site: 'http://127.0.0.1', enabled: true, tabId: 9 }, popup);
    await bg.onMessage({ type: 'setSiteEnabled', site: 'http://127.0.0.1', enabled: false, tabId: 9 }, popup);
    expect(fb.callsTo('permissions.remove')).toHaveLength(0);
    expect(fb.granted.has('http://127.0.0.1/*')).toBe(true);
  });

  it('removing the permission in the browser turns the site off', async () => {
    fb.granted.add(`${SITE}/*`);
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true, tabId: 7 }, popup);
    await bg.onMessage({ type: 'report', report: makeReport() }, contentIn(7));
    fb.granted.delete(`${SITE}/*`);
    await bg.onPermissionsRemoved({ origins: [`${SITE}/*`] });
    expect((await stored()).sites[SITE]).toBeUndefined();
    expect(fb.registered.size).toBe(0);
    expect(fb.callsTo('tabs.sendMessage').map((c) => c.args)).toContainEqual([7, { type: 'content:off' }]);
    expect(fb.badgeText.get(7)).toBe('');
  });

  it('keeps the supporter choice when a site is switched off', async () => {
    fb.granted.add(`${SITE}/*`);
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true }, popup);
    await bg.onMessage({ type: 'setSupporter', site: SITE, supporter: true }, popup);
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: false }, popup);
    expect((await stored()).sites[SITE]).toEqual({ enabled: false, supporter: true });
  });
});

describe('all sites', () => {
  it('registers one catch-all script excluding switched-off sites, once the permission is there', async () => {
    expect(await bg.onMessage({ type: 'setAllSites', enabled: true }, popup)).toEqual({ ok: false, error: 'permission-pending' });
    fb.granted.add('http://*/*');
    fb.granted.add('https://*/*');
    await bg.onPermissionsAdded({ origins: ['http://*/*', 'https://*/*'] });
    expect((await stored()).allSites).toBe(true);
    expect([...fb.registered.keys()]).toEqual(['all-sites']);
    await bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: false }, popup);
    expect(fb.registered.get('all-sites')?.excludeMatches).toEqual([`${SITE}/*`]);
    expect(await bg.onMessage({ type: 'setAllSites', enabled: false }, popup)).toEqual({ ok: true });
    expect(fb.registered.size).toBe(0);
    expect((await stored()).sites).toEqual({});
  });

  it('desiredScripts only covers sites with a granted permission', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false }, 'https://b.example': { enabled: true, supporter: false } } };
    expect(desiredScripts(s, grantedFrom([`${SITE}/*`])).map((r) => r.id)).toEqual([`site:${SITE}`]);
    expect(desiredScripts(s, grantedFrom(['http://*/*', 'https://*/*'])).map((r) => r.id)).toEqual(['site:https://b.example', `site:${SITE}`]);
    expect(desiredScripts({ ...s, allSites: true }, grantedFrom(['https://*/*'])).map((r) => r.id)).toEqual([]); // half the catch-all is not enough
  });
});

describe('install and startup', () => {
  it('repairs corrupted settings with a notice and re-syncs registrations from settings + permissions', async () => {
    fb.local.data[SETTINGS_KEY] = 'garbage';
    fb.registered.set('site:https://stale.example', { id: 'site:https://stale.example', matches: ['https://stale.example/*'], js: ['content.js'] });
    await bg.onInstalledOrStartup();
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
    expect(fb.local.data[NOTICE_KEY]).toEqual({ code: 'reset-corrupt' });
    expect(fb.registered.size).toBe(0);
  });

  it('re-registers enabled, granted sites and skips ones without permission', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false }, 'https://nogrant.example': { enabled: true, supporter: false } } });
    fb.granted.add(`${SITE}/*`);
    await bg.onInstalledOrStartup();
    expect([...fb.registered.keys()]).toEqual([`site:${SITE}`]);
    expect(fb.local.data[NOTICE_KEY]).toBeUndefined();
  });
});

describe('install and startup, racing the popup', () => {
  it('a site switched on while the startup sync is under way stays registered', async () => {
    fb.granted.add(`${SITE}/*`);
    // The browser starts the worker and the reader switches a site on at once: both queue work.
    const startup = bg.onInstalledOrStartup();
    const enable = bg.onMessage({ type: 'setSiteEnabled', site: SITE, enabled: true }, popup);
    await Promise.all([startup, enable]);
    expect(await enable).toMatchObject({ ok: true });
    expect((await stored()).sites[SITE]?.enabled).toBe(true);
    expect([...fb.registered.keys()]).toEqual([`site:${SITE}`]);
  });
});

describe('tab state for the popup', () => {
  it('gives the stored report, site switch state and mode for the named tab', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, mode: 'collapse', sites: { [SITE]: { enabled: true, supporter: true } } });
    await bg.onMessage({ type: 'report', report: makeReport() }, contentIn(7));
    const reply = await bg.onMessage({ type: 'getTabState', tabId: 7 }, popup);
    expect(reply).toEqual({ ok: true, state: {
      tabId: 7, url: URL1, site: SITE, scannable: true, enabled: true, supporter: true, mode: 'collapse', report: makeReport(),
    } });
  });

  it('without a tab id picks the most recently used web tab', async () => {
    fb.addTab(3, 'chrome://settings', { lastAccessed: 99 });
    fb.addTab(4, 'https://recent.example/a', { lastAccessed: 50 });
    const reply = await bg.onMessage({ type: 'getTabState' }, popup) as { state: { tabId: number } };
    expect(reply.state.tabId).toBe(4);
  });

  it('says a browser page cannot be scanned', async () => {
    fb.addTab(5, 'chrome://extensions/');
    const reply = await bg.onMessage({ type: 'getTabState', tabId: 5 }, popup) as { state: { scannable: boolean; site: string | null } };
    expect(reply.state).toMatchObject({ scannable: false, site: null });
  });

  it('scan once injects through activeTab, and reports failure', async () => {
    fb.granted.add(`${SITE}/*`); // stands in for the activeTab grant
    expect(await bg.onMessage({ type: 'scanOnce', tabId: 7 }, popup)).toEqual({ ok: true });
    fb.addTab(6, 'https://nogrant.example/');
    expect(await bg.onMessage({ type: 'scanOnce', tabId: 6 }, popup)).toEqual({ ok: false, error: 'cannot-scan' });
  });
});

describe('settings messages', () => {
  it('imports a valid file, refuses a bad one and keeps the current settings', async () => {
    const mine: Settings = { ...DEFAULT_SETTINGS, mode: 'hide', sites: { [SITE]: { enabled: true, supporter: false } } };
    await setSettings(mine);
    expect(await bg.onMessage({ type: 'importSettings', text: 'not json' }, popup)).toEqual({ ok: false, error: 'import-not-json' });
    expect(await bg.onMessage({ type: 'importSettings', text: '{"hello":1}' }, popup)).toEqual({ ok: false, error: 'import-not-settings' });
    expect(await stored()).toEqual(mine);
    const exported = (await bg.onMessage({ type: 'getSettings' }, popup) as { exported: string }).exported;
    await setSettings(DEFAULT_SETTINGS);
    const reply = await bg.onMessage({ type: 'importSettings', text: exported }, popup);
    expect(reply).toMatchObject({ ok: true, settings: mine });
    expect(await stored()).toEqual(mine);
  });

  it('serialises concurrent changes (no lost update)', async () => {
    await Promise.all([
      bg.onMessage({ type: 'setMode', mode: 'hide' }, popup),
      bg.onMessage({ type: 'setSupporter', site: SITE, supporter: true }, popup),
      bg.onMessage({ type: 'setSupporter', site: 'https://b.example', supporter: true }, popup),
    ]);
    const s = await stored();
    expect(s.mode).toBe('hide');
    expect(Object.keys(s.sites).sort()).toEqual(['https://b.example', SITE]);
  });

  it('shows and dismisses the migration notice', async () => {
    fb.local.data[SETTINGS_KEY] = { enabledSites: [SITE] };
    await bg.onInstalledOrStartup();
    expect(await bg.onMessage({ type: 'getSettings' }, popup)).toMatchObject({ ok: true, notice: { code: 'migrated' } });
    await bg.onMessage({ type: 'dismissNotice' }, popup);
    expect(await bg.onMessage({ type: 'getSettings' }, popup)).toMatchObject({ ok: true, notice: null });
  });
});
