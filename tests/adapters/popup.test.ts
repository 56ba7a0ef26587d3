// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers.js';
import { startPopup, type PopupHandle } from '../../src/popup/popup.js';
import { tabKey, type ReportPayload } from '../../src/shared/messages.js';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';
import { FakeBrowser, settle } from './fake-browser.js';
import { makeReport } from './helpers.js';

const HTML = readFileSync(path.resolve(__dirname, '../../src/popup/popup.html'), 'utf8');
const SITE = 'https://news.example';
const URL1 = `${SITE}/story`;
const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';

let fb: FakeBrowser;

function loadPopupDom(): void {
  const doc = new DOMParser().parseFromString(HTML, 'text/html');
  doc.querySelectorAll('script').forEach((s) => s.remove());
  document.head.replaceChildren(...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

async function open(search = '?tab=7'): Promise<PopupHandle> {
  const p = startPopup(document, fb.page(), search);
  await p.ready;
  await settle();
  return p;
}

const $ = <T extends Element = HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;
const summary = (): { state?: string; count?: string } => ({ state: $('#summary').dataset['state'], count: $('#summary').dataset['count'] });
const storeReport = (tabId: number, report: ReportPayload, url = URL1): Promise<void> => fb.session.set({ [tabKey(tabId)]: { url, report, at: 1 } });
const setSettings = (s: Settings): Promise<void> => fb.local.set({ [SETTINGS_KEY]: s });

beforeEach(() => {
  loadPopupDom();
  fb = new FakeBrowser();
  const bg = createBackground(fb.background);
  fb.onMessage.addListener((m, s) => bg.onMessage(m, s));
  fb.addTab(7, URL1, { active: true });
});

describe('popup states', () => {
  it('renders the skeleton synchronously, before any answer arrives (no layout jump)', () => {
    startPopup(document, fb.page(), '?tab=7');
    expect(summary()).toEqual({ state: 'loading', count: '0' });
    expect($('#appeals').querySelector('.skeleton')).not.toBeNull();
    expect($('label[for=site-toggle]')).not.toBeNull();
  });

  it('off: the site is not switched on and nothing was scanned', async () => {
    await open();
    expect(summary()).toEqual({ state: 'off', count: '0' });
    expect($('label[for=site-toggle]').textContent).toContain('news.example');
    const toggle = $<HTMLInputElement>('#site-toggle');
    expect([toggle.type, toggle.getAttribute('role'), toggle.checked, toggle.disabled]).toEqual(['checkbox', 'switch', false, false]);
    expect($('#summary-text').textContent).toMatch(/Off on this site/);
  });

  it('found: lists each appeal with kind, excerpt, confidence, reasons and a Show button', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    const a = makeReport().appeals[0]!;
    await storeReport(7, makeReport({
      title: 'Harbour budget', wordsArticle: 812, wordsAppeals: 40,
      appeals: [a, { ...a, id: 'a2', kind: 'paywall', confidence: 0.55, reasons: ['r1', 'r2'], excerpt: 'Subscribe to read on' }],
      paywall: { detected: true, state: 'metered', signals: ['JSON-LD isAccessibleForFree=false', 'Piano script'] },
    }));
    await open();
    expect(summary()).toEqual({ state: 'found', count: '2' });
    expect($('#site-toggle').matches(':checked')).toBe(true);
    expect($('#article-title').textContent).toBe('Harbour budget');
    expect($('#words-article').textContent).toBe('812');
    expect($('#words-appeals').textContent).toBe('40');
    const items = Array.from(document.querySelectorAll<HTMLElement>('ol#appeals > li.appeal'));
    expect(items.map((li) => [li.dataset['kind'], li.dataset['appealId']])).toEqual([['donation', 'a1'], ['paywall', 'a2']]);
    const second = items[1]!;
    expect(second.querySelector('.appeal-kind')!.textContent).toBe('Paywall');
    expect(second.querySelector('.appeal-excerpt')!.textContent).toBe('Subscribe to read on');
    expect(second.querySelector('.appeal-confidence')!.textContent).toBe('55%');
    expect(Array.from(second.querySelectorAll('ul.appeal-reasons > li')).map((li) => li.textContent)).toEqual(['r1', 'r2']);
    expect(second.querySelector('button.appeal-show')).not.toBeNull();
    expect($('#paywall').dataset).toMatchObject({ detected: 'true', state: 'metered' });
    expect(Array.from(document.querySelectorAll('ul#paywall-signals > li')).map((li) => li.textContent)).toHaveLength(2);
  });

  it('empty: scanned, nothing found', async () => {
    await storeReport(7, makeReport({ appeals: [] }));
    await open();
    expect(summary()).toEqual({ state: 'empty', count: '0' });
    expect($('#summary-text').textContent).toBe('No appeals found');
    expect(document.querySelectorAll('li.appeal')).toHaveLength(0);
  });

  it('unsupported: browser pages cannot be scanned', async () => {
    fb.addTab(8, 'chrome://extensions/');
    await open('?tab=8');
    expect(summary().state).toBe('unsupported');
    expect($<HTMLInputElement>('#site-toggle').disabled).toBe(true);
    expect($<HTMLButtonElement>('#scan-once').disabled).toBe(true);
  });

  it('error: the tab state cannot be read', async () => {
    fb.session.get = async () => { throw new Error('storage unavailable'); };
    await open();
    expect(summary().state).toBe('error');
  });

  it('loading: switched on but no result yet, and asks for a scan of the open page', async () => {
    fb.granted.add(`${SITE}/*`);
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    await open();
    expect(summary().state).toBe('loading');
    expect(fb.callsTo('scripting.executeScript')).toHaveLength(1);
  });

  it('shows page-derived text literally, never as markup', async () => {
    const a = makeReport().appeals[0]!;
    await storeReport(7, makeReport({
      title: XSS, appeals: [{ ...a, excerpt: XSS, reasons: [XSS] }],
      paywall: { detected: true, state: 'hard', signals: [XSS] },
    }));
    await open();
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect($('.appeal-excerpt').textContent).toBe(XSS);
    expect($('.appeal-reasons li').textContent).toBe(XSS);
    expect($('#article-title').textContent).toBe(XSS);
    expect($('#paywall-signals li').textContent).toBe(XSS);
  });

  it('without ?tab uses the active tab', async () => {
    fb.addTab(9, 'https://other.example/a', { active: false });
    await storeReport(7, makeReport({ appeals: [] }));
    const p = await open('');
    expect(p.state?.tabId).toBe(7);
  });

  it('re-renders live when the tab result changes (late appeal)', async () => {
    await storeReport(7, makeReport({ appeals: [] }));
    await open();
    expect(summary().state).toBe('empty');
    await storeReport(7, makeReport());
    await settle();
    expect(summary()).toEqual({ state: 'found', count: '1' });
  });
});

describe('popup controls', () => {
  it('the switch requests the permission synchronously inside the change handler, then turns the site on', async () => {
    await open();
    const toggle = $<HTMLInputElement>('#site-toggle');
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change', { bubbles: true }));
    // Synchronously: no await between the user's gesture and the request.
    expect(fb.callsTo('permissions.request').map((c) => c.args[0])).toEqual([{ origins: [`${SITE}/*`] }]);
    await settle(10);
    expect(fb.registered.has(`site:${SITE}`)).toBe(true);
    expect(fb.injected).toContain(7);
    expect(toggle.checked).toBe(true);
  });

  it('a refused permission leaves the switch and the site off', async () => {
    fb.grantOnRequest = false;
    await open();
    const toggle = $<HTMLInputElement>('#site-toggle');
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(10);
    expect(toggle.checked).toBe(false);
    expect(fb.registered.size).toBe(0);
  });

  it('switching off unregisters and tells the page', async () => {
    fb.granted.add(`${SITE}/*`);
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    await storeReport(7, makeReport());
    await open();
    const toggle = $<HTMLInputElement>('#site-toggle');
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(10);
    expect(fb.callsTo('tabs.sendMessage').map((c) => c.args)).toContainEqual([7, { type: 'content:off' }]);
    expect(summary().state).toBe('off');
  });

  it('Show asks the page to scroll to that appeal', async () => {
    await storeReport(7, makeReport());
    await open();
    $<HTMLButtonElement>('li.appeal[data-appeal-id="a1"] button.appeal-show').click();
    await settle();
    expect(fb.callsTo('tabs.sendMessage').map((c) => c.args)).toContainEqual([7, { type: 'content:show', appealId: 'a1' }]);
  });

  it('Scan this page once injects the content script into the tab', async () => {
    fb.granted.add(`${SITE}/*`); // stands in for activeTab
    await open();
    $<HTMLButtonElement>('#scan-once').click();
    expect(summary().state).toBe('loading');
    await settle();
    expect(fb.callsTo('scripting.executeScript').map((c) => c.args[0])).toEqual([{ target: { tabId: 7 }, files: ['content.js'] }]);
  });

  it('mode and supporter controls change the settings', async () => {
    await open();
    const mode = $<HTMLSelectElement>('#mode');
    mode.value = 'collapse';
    mode.dispatchEvent(new Event('change', { bubbles: true }));
    const supporter = $<HTMLInputElement>('#supporter');
    supporter.checked = true;
    supporter.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(10);
    const s = fb.local.data[SETTINGS_KEY] as Settings;
    expect(s.mode).toBe('collapse');
    expect(s.sites[SITE]).toEqual({ enabled: false, supporter: true });
  });

  it('uses the locale strings', async () => {
    fb.messages = { stateOff: 'Выключено на этом сайте', scanOnce: 'Проверить один раз', langCode: 'ru' };
    await open();
    expect(document.documentElement.lang).toBe('ru');
    expect($('#summary-text').textContent).toBe('Выключено на этом сайте');
    expect($('#scan-once').textContent).toBe('Проверить один раз');
  });
});

describe('popup: corrections', () => {
  it('"Not an appeal" on an entry asks the page, through the background, to unflag it and store the rule', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    await storeReport(7, makeReport());
    const got: unknown[] = [];
    fb.contentInTab.set(7, { onMessage: (m) => { got.push(m); return Promise.resolve({ ok: true }); } });
    await open();
    const button = $<HTMLButtonElement>('li.appeal[data-appeal-id="a1"] button.appeal-not');
    expect(button.textContent).toBe('Not an appeal');
    expect(button.getAttribute('aria-label')).toMatch(/Appeal 1 is not an appeal/);
    expect(button.disabled).toBe(false);
    button.click();
    await settle(10);
    expect(got).toEqual([{ type: 'content:notAppeal', appealId: 'a1' }]);
    expect(button.disabled).toBe(true);
  });

  it('"Not an appeal" is off for an entry the page did not flag (supporter)', async () => {
    await storeReport(7, makeReport({ appeals: [{ ...makeReport().appeals[0]!, flagged: false }] }));
    await open();
    expect($<HTMLButtonElement>('li.appeal button.appeal-not').disabled).toBe(true);
  });

  it('"Flag something it missed" starts the picker in the tab and closes the popup', async () => {
    await setSettings({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    await storeReport(7, makeReport());
    const got: unknown[] = [];
    fb.contentInTab.set(7, { onMessage: (m) => { got.push(m); return Promise.resolve({ ok: true }); } });
    let closed = 0;
    window.close = () => { closed++; };
    await open();
    const pick = $<HTMLButtonElement>('#pick');
    expect(pick.disabled).toBe(false);
    expect(pick.textContent).toBe('Flag something it missed');
    pick.click();
    await settle(10);
    expect(got).toEqual([{ type: 'content:pick' }]);
    expect(closed).toBe(1);
  });

  it('"Flag something it missed" says so when the page cannot be picked, and stays open', async () => {
    fb.addTab(8, 'https://nope.example/x', { active: false });
    let closed = 0;
    window.close = () => { closed++; };
    await open('?tab=8');
    $<HTMLButtonElement>('#pick').click();
    await settle(10);
    expect(closed).toBe(0);
    expect($('#summary-text').textContent).toBe("Can't pick on this page");
  });
});
