// The reader's corrections in a real browser, shared by the Chromium and Firefox suites (each
// wraps its driver's page in `RulesPage`). On tests/e2e/pages/ferry-timetable-rules.html, served
// as http://news.test:<port>/ (rules are for named sites, never IP addresses; both harnesses map
// news.test to the loopback test server):
//   1. the site is switched on in the popup; the scanner flags the donation box, not the calendar box;
//   2. "Not an appeal" on the donation chip by keyboard (Tab to the menu button, Enter opens, Esc
//      closes and focus returns, Enter again, Enter on the item): unflagged at once;
//   3. "Flag something it missed" in the popup; in the page the pointer outlines a paragraph of
//      the calendar box, ArrowUp widens to the box, ArrowDown narrows back, ArrowUp widens again
//      (and the wheel, where the driver's wheel reaches content scripts), a click chooses (the page
//      never sees it), the kind chooser by keyboard: subscription;
//      flagged at once, badge 1, the popup lists it with "your rule";
//   4. reload: the calendar box is flagged, the donation box is not, badge 1;
//   5. options page: both rules listed; an edit with a bad line and a pasted block with a bad line
//      are refused naming the line, a 5 MB paste is refused, an imported file with a bad rule is
//      refused naming it; nothing stored changes.
import { expect } from 'vitest';
import { flagsCovering } from './probes.js';
import { pollUntil, sleep } from './util.js';

export const RULES_PAGE = 'ferry-timetable-rules';
export const RULES_HOST = 'news.test';

/** The few page operations the flow needs; both drivers have them under slightly different names. */
export interface RulesPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real click on a light-DOM element (a user gesture). */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  wheel(deltaY: number): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Sets the file of an <input type=file>, when the driver can (null: skip that step). */
  readonly upload: ((selector: string, file: string) => Promise<void>) | null;
}

export interface RulesDriver {
  readonly name: string;
  open(url: string): Promise<RulesPage>;
  popup(tabId: number): Promise<RulesPage>;
  options(): Promise<RulesPage>;
  tabIdOf(url: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /**
   * Whether the driver's synthetic wheel reaches the content script. Chromium's CDP wheel events
   * are not dispatched to a wheel listener of the content script's isolated world unless the
   * page itself listens for wheel too (checked on Chromium 156); Firefox delivers them.
   */
  readonly wheel: boolean;
  /** A JSON file on disk for the import step. */
  writeTemp(name: string, text: string): string;
}

const DONATION = '#support-our-reporting';
const CALENDAR = '#calendar-offer';

/** Waits for a page-side condition by polling evaluate (works the same over CDP and BiDi). */
async function waitIn<A>(page: RulesPage, fn: (arg: A) => boolean, arg: A, what: string, timeout = 10_000): Promise<void> {
  const ok = await pollUntil(() => page.evaluate(fn, arg).catch(() => false), (v) => v, timeout, 50);
  if (!ok) throw new Error(`timed out waiting for ${what}`);
}

const covered = (page: RulesPage, sel: string): Promise<string[] | null> => page.evaluate(flagsCovering, sel);

/** Kinds of the flags on or inside the element. */
function kindsOf(sel: string): string[] {
  const el = document.querySelector(sel);
  if (!el) return [];
  const all = [el.closest('[data-appeal-spotter-kind]'), ...Array.from(el.querySelectorAll('[data-appeal-spotter-kind]'))];
  return all.filter((e): e is Element => e !== null).map((e) => e.getAttribute('data-appeal-spotter-kind') ?? '');
}

/** What has focus inside the extension's shadow root: its class, role and aria-expanded of the menu button. */
function uiFocus(): { cls: string; role: string | null; expanded: string | null; menuOpen: boolean } {
  const root = document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot;
  const a = root?.activeElement as HTMLElement | null | undefined;
  const wrap = a?.closest('.wrap');
  return {
    cls: a?.className ?? '', role: a?.getAttribute('role') ?? null,
    expanded: wrap?.querySelector('.menu-button')?.getAttribute('aria-expanded') ?? null,
    menuOpen: wrap?.querySelector<HTMLElement>('[role=menu]')?.hidden === false,
  };
}

async function popupReady(p: RulesPage): Promise<void> {
  await waitIn(p, () => { const s = document.querySelector('#summary')?.getAttribute('data-state'); return !!s && s !== 'loading'; }, 0, 'the popup state');
}

/** The popup's appeals as (kind, first reason). */
function popupAppeals(): { kind: string | null; reasons: string[] }[] {
  return Array.from(document.querySelectorAll('ol#appeals > li.appeal'), (li) => ({
    kind: li.getAttribute('data-kind'),
    reasons: Array.from(li.querySelectorAll('ul.appeal-reasons > li'), (r) => (r.textContent ?? '').trim()),
  }));
}

async function storedRules(p: RulesPage): Promise<Record<string, string[]>> {
  return p.evaluate(async () => {
    const g = globalThis as unknown as { browser?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }; chrome?: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    const api = g.browser ?? g.chrome;
    const s = (await api!.storage.local.get('settings'))['settings'] as { rules?: Record<string, string[]> } | undefined;
    return s?.rules ?? {};
  }, 0);
}

export async function runRulesFlow(d: RulesDriver, url: string): Promise<void> {
  const t0 = Date.now();
  const page = await d.open(url);
  const tabId = await d.tabIdOf(url);

  // 1. On for news.test: the donation box is flagged, the calendar box is not.
  const popup = await d.popup(tabId);
  await popupReady(popup);
  await popup.click('#site-toggle');
  await waitIn(page, (sel) => document.querySelector(sel)?.closest('[data-appeal-spotter-flag]') !== null
    || document.querySelector(sel)?.querySelector('[data-appeal-spotter-flag]') !== null, DONATION, 'the donation box flagged', 15_000);
  await popup.close();
  expect(await covered(page, CALENDAR), 'the scanner misses the calendar box').toEqual([]);
  expect(await pollUntil(() => d.badgeText(tabId), (t) => t === '1', 5_000)).toBe('1');

  // 2. "Not an appeal" on the donation chip, by keyboard.
  await page.bringToFront();
  const id = (await covered(page, DONATION))?.[0];
  expect(id).toBeDefined();
  const focused = await page.evaluate((appealId) => {
    const root = document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot;
    const chip = root?.querySelector<HTMLElement>(`.chip[data-appeal-id="${appealId}"]`);
    chip?.focus();
    return root?.activeElement === chip;
  }, id ?? '');
  expect(focused, 'the chip takes focus').toBe(true);
  await page.press('Tab');
  expect(await page.evaluate(uiFocus, 0)).toMatchObject({ cls: 'menu-button', expanded: 'false', menuOpen: false });
  await page.press('Enter');
  expect(await page.evaluate(uiFocus, 0), 'Enter opens the menu, its item focused').toMatchObject({ role: 'menuitem', expanded: 'true', menuOpen: true });
  await page.press('Escape');
  expect(await page.evaluate(uiFocus, 0), 'Esc closes it, focus back on the button').toMatchObject({ cls: 'menu-button', expanded: 'false', menuOpen: false });
  await page.press('Space');
  expect(await page.evaluate(uiFocus, 0), 'Space opens it too').toMatchObject({ role: 'menuitem', menuOpen: true });
  await page.press('Enter');
  await waitIn(page, (sel) => { const el = document.querySelector(sel); return el !== null && el.closest('[data-appeal-spotter-flag]') === null && el.querySelector('[data-appeal-spotter-flag]') === null; },
    DONATION, 'the donation box unflagged', 3_000);
  expect(await pollUntil(() => d.badgeText(tabId), (t) => t === '', 5_000), 'badge after "not an appeal"').toBe('');

  // 3. "Flag something it missed": the picker.
  const popup2 = await d.popup(tabId);
  await popupReady(popup2);
  await popup2.click('#pick');
  await sleep(200);
  await popup2.close().catch(() => undefined); // the popup closes itself when it can
  await page.bringToFront();
  await waitIn(page, () => document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot?.querySelector('.pick-hint') != null, 0, 'the picker', 5_000);
  await page.evaluate(() => {
    const w = window as unknown as { __pageClicks: number };
    w.__pageClicks = 0;
    document.addEventListener('click', () => { w.__pageClicks++; });

    document.querySelector('#calendar-offer')?.scrollIntoView({ block: 'center' });
  }, 0);
  await sleep(100);
  const target = await page.evaluate(() => {
    const r = document.querySelector('#calendar-offer p')!.getBoundingClientRect();
    return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  }, 0);
  /** The outline box against the rect of an element (within 2 px). */
  const boxOn = (sel: string) => page.evaluate((s) => {
    const box = document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot?.querySelector<HTMLElement>('.pick-box');
    const r = document.querySelector(s)?.getBoundingClientRect();
    if (!box || box.hidden || !r) return false;
    const b = box.getBoundingClientRect();
    return Math.abs(b.top - r.top) <= 2 && Math.abs(b.left - r.left) <= 2 && Math.abs(b.width - r.width) <= 2 && Math.abs(b.height - r.height) <= 2;
  }, sel);
  await page.mouseMove(target.x - 5, target.y);
  await page.mouseMove(target.x, target.y);
  expect(await pollUntil(() => boxOn('#calendar-offer p'), (v) => v, 2_000), 'hover outlines the paragraph').toBe(true);
  await page.press('ArrowUp');
  expect(await pollUntil(() => boxOn(CALENDAR), (v) => v, 2_000), 'ArrowUp widens to the box').toBe(true);
  await page.press('ArrowDown');
  expect(await pollUntil(() => boxOn('#calendar-offer p'), (v) => v, 2_000), 'ArrowDown narrows back').toBe(true);
  await page.press('ArrowUp');
  expect(await pollUntil(() => boxOn(CALENDAR), (v) => v, 2_000), 'ArrowUp widens again').toBe(true);
  if (d.wheel) {
    await page.wheel(120);
    expect(await pollUntil(() => boxOn('#calendar-offer p'), (v) => v, 2_000), 'wheel down narrows').toBe(true);
    await page.wheel(-120);
    expect(await pollUntil(() => boxOn(CALENDAR), (v) => v, 2_000), 'wheel up widens').toBe(true);
  }
  await page.mouseClick(target.x, target.y);
  await waitIn(page, () => document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot?.querySelector('.pick-kinds') != null, 0, 'the kind chooser', 3_000);
  expect(await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks, 0), 'the page never saw the choosing click').toBe(0);
  expect(await page.evaluate(() => (document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['kind'] ?? null, 0)).toBe('donation');
  await page.press('ArrowRight');
  await page.press('Enter');
  await waitIn(page, (sel) => {
    const el = document.querySelector(sel);
    return el !== null && (el.closest('[data-appeal-spotter-flag]') !== null || el.querySelector('[data-appeal-spotter-flag]') !== null);
  }, CALENDAR, 'the picked box flagged at once', 5_000);
  expect(await page.evaluate(kindsOf, CALENDAR)).toContain('subscription');
  expect(await page.evaluate(() => document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot?.querySelector('.overlay')?.children.length ?? -1, 0), 'the picker is gone').toBe(0);
  // The page's clicks are its own again.
  await page.evaluate(() => { (document.querySelector('.footer a') as HTMLElement | null)?.addEventListener('click', (e) => e.preventDefault()); }, 0);
  await page.click('.footer a');
  expect(await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks, 0), 'a later click reaches the page').toBe(1);
  expect(await pollUntil(() => d.badgeText(tabId), (t) => t === '1', 5_000), 'badge counts the picked appeal').toBe('1');
  const popup3 = await d.popup(tabId);
  await waitIn(popup3, () => document.querySelector('#summary')?.getAttribute('data-state') === 'found', 0, 'the popup lists it');
  const listed = await popup3.evaluate(popupAppeals, 0);
  expect(listed).toHaveLength(1);
  expect(listed[0]?.kind).toBe('subscription');
  expect(listed[0]?.reasons[0]).toMatch(/^your rule: news\.test##.+:appeal\(subscription\)$/);
  await popup3.close();

  // 4. Reload: the rules stay.
  await page.reload();
  await waitIn(page, (sel) => {
    const el = document.querySelector(sel);
    return document.documentElement.getAttribute('data-appeal-spotter') === 'on' && el !== null
      && (el.closest('[data-appeal-spotter-flag]') !== null || el.querySelector('[data-appeal-spotter-flag]') !== null);
  }, CALENDAR, 'the picked box flagged after a reload', 15_000);
  expect(await covered(page, DONATION), 'still not an appeal after a reload').toEqual([]);
  expect(await page.evaluate(kindsOf, CALENDAR)).toContain('subscription');
  expect(await pollUntil(() => d.badgeText(tabId), (t) => t === '1', 5_000)).toBe('1');

  // 5. The options page.
  const options = await d.options();
  await waitIn(options, (host) => document.querySelector(`li.rule-site[data-host="${host}"]`) !== null, RULES_HOST, 'the rules listed');
  const before = await storedRules(options);
  expect(Object.keys(before)).toEqual([RULES_HOST]);
  expect(before[RULES_HOST]).toHaveLength(2);
  expect(before[RULES_HOST]!.some((l) => l.startsWith('news.test#@#'))).toBe(true);
  expect(before[RULES_HOST]!.some((l) => /^news\.test##.+:appeal\(subscription\)$/.test(l))).toBe(true);
  const shown = await options.evaluate((host) => Array.from(document.querySelectorAll(`li.rule-site[data-host="${host}"] ul.rule-list code`), (c) => c.textContent), RULES_HOST);
  expect(shown).toEqual(before[RULES_HOST]);
  // Edit as text with a bad third line.
  await options.click(`li.rule-site[data-host="${RULES_HOST}"] summary`);
  await options.evaluate((host) => {
    const area = document.querySelector<HTMLTextAreaElement>(`li.rule-site[data-host="${host}"] textarea.rule-text`)!;
    area.value = `${area.value}\nnews.test##div[data-x=`;
  }, RULES_HOST);
  await options.click(`li.rule-site[data-host="${RULES_HOST}"] button.rule-save`);
  await waitIn(options, () => document.querySelector<HTMLElement>('.rule-error:not([hidden])') !== null, 0, 'the edit error');
  expect(await options.evaluate(() => document.querySelector('.rule-error')?.textContent ?? '', 0)).toMatch(/^Line 3 \("news\.test##div\[data-x="\) was refused: .+ Nothing was changed\.$/);
  // A pasted block with a bad line, then a 5 MB paste.
  await options.evaluate(() => { document.querySelector<HTMLTextAreaElement>('#rules-paste')!.value = 'news.test##.masthead\n*##.everything\n'; }, 0);
  await options.click('#rules-add');
  await waitIn(options, () => /^Line 2 /.test(document.querySelector('#rules-status')?.textContent ?? ''), 0, 'the paste error');
  expect(await options.evaluate(() => document.querySelector('#rules-status')?.textContent ?? '', 0)).toMatch(/wildcard/);
  await options.evaluate(() => { document.querySelector<HTMLTextAreaElement>('#rules-paste')!.value = 'news.test##.masthead\n'.repeat(260_000); }, 0);
  await options.click('#rules-add');
  await waitIn(options, () => /more than 256 KB/.test(document.querySelector('#rules-status')?.textContent ?? ''), 0, 'the 5 MB refusal');
  // An imported settings file with a bad rule line.
  if (options.upload) {
    const file = d.writeTemp('bad-rules.json', JSON.stringify({ app: 'appeal-spotter', version: 2, mode: 'hide', allSites: false, sites: {},
      rules: { [RULES_HOST]: ['news.test##.masthead', 'news.test##.x:style(color: red)'] } }));
    await options.upload('#import', file);
    await waitIn(options, () => /line 2/.test(document.querySelector('#notice')?.textContent ?? ''), 0, 'the import error');
    expect(await options.evaluate(() => document.querySelector('#notice')?.textContent ?? '', 0))
      .toMatch(/^The file's rule for news\.test on line 2 \("news\.test##\.x:style\(color: red\)"\) was refused: .+ Your settings are unchanged\.$/);
  }
  expect(await storedRules(options), 'nothing stored changed').toEqual(before);
  await options.close();
  await page.close();
  console.log(`[e2e] ${d.name}: rules flow (not an appeal, picker, reload, options) in ${Date.now() - t0} ms; rules: ${JSON.stringify(before[RULES_HOST])}`);
}
