// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.news.example/2026/12/ferry-timetable"}
// The content script's side of the reader's rules, with the real scanner and the real background
// over the fake browser: "not an appeal" in a chip's menu (keyboard reachable) unflags at once and
// stores a never rule; the picker outlines, widens, narrows, chooses, asks for the kind, swallows
// the page's click and leaves no listener behind; the chosen element is flagged with "your rule".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers.js';
import { startContent, type ContentHandle } from '../../src/content/controller.js';
import { Picker } from '../../src/content/picker.js';
import { scan } from '../../src/core/index.js';
import type { ReportMessage } from '../../src/shared/messages.js';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';
import { FakeBrowser, settle } from './fake-browser.js';

const TAB = 4;
const HOST = 'news.example';
const PAGE = readFileSync(path.resolve(__dirname, '../e2e/pages/ferry-timetable-rules.html'), 'utf8');
const noLayout = { isVisible: () => true, getRect: () => null, getPosition: () => null };
const noGeometry = { rect: () => null, fixed: () => false, scroll: () => ({ x: 0, y: 0 }) };

let fb: FakeBrowser;
let handle: ContentHandle | null;
let reports: ReportMessage['report'][];

const shadow = (): ShadowRoot => document.querySelector('[data-appeal-spotter-ui]')!.shadowRoot!;
const stored = (): Settings => fb.local.data[SETTINGS_KEY] as Settings;
const flagOf = (sel: string): string | null => document.querySelector(sel)?.closest('[data-appeal-spotter-flag]')?.getAttribute('data-appeal-spotter-flag')
  ?? document.querySelector(sel)?.querySelector('[data-appeal-spotter-flag]')?.getAttribute('data-appeal-spotter-flag') ?? null;
const key = (k: string, target: EventTarget = window): KeyboardEvent => {
  const ev = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(ev);
  return ev;
};
async function until(ok: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

beforeEach(async () => {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  document.documentElement.removeAttribute('data-appeal-spotter');
  document.head.replaceChildren(...Array.from(doc.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  fb = new FakeBrowser();
  fb.addTab(TAB, location.href);
  const bg = createBackground(fb.background, () => 1);
  reports = [];
  fb.onMessage.addListener((m, s) => {
    if ((m as { type?: string }).type === 'report') reports.push((m as ReportMessage).report);
    return bg.onMessage(m, s);
  });
  fb.local.data[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, sites: { 'https://www.news.example': { enabled: true, supporter: false } } };
  Element.prototype.scrollIntoView = function scrollIntoView() { /* no layout */ };
  handle = startContent({ doc: document, win: window, api: fb.content(TAB, location.href), scan, layout: noLayout, geometry: noGeometry });
  await handle.ready;
  await settle();
});

afterEach(() => {
  handle?.stop();
  for (const el of Array.from(document.documentElement.children)) if (el !== document.head && el !== document.body) el.remove();
});

describe('"Not an appeal" on a chip', () => {
  it('is a keyboard-reachable menu; choosing it unflags at once, stores a never rule and stays unflagged', async () => {
    const id = flagOf('#support-our-reporting');
    expect(id, 'the donation box is flagged by the scanner').not.toBeNull();
    const wrap = shadow().querySelector(`.chip[data-appeal-id="${id}"]`)!.parentElement!;
    const button = wrap.querySelector<HTMLButtonElement>('button.menu-button')!;
    const menu = wrap.querySelector<HTMLElement>('[role=menu]')!;
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(menu.hidden).toBe(true);
    // Enter/Space on a button is a click: the menu opens with its item focused.
    button.focus();
    button.click();
    expect(menu.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const item = menu.querySelector<HTMLButtonElement>('[role=menuitem]')!;
    expect(shadow().activeElement).toBe(item);
    expect(item.textContent).toBe('Not an appeal');
    // Esc closes it, focus goes back to the button, and the page never sees the key.
    let pageSaw = 0;
    const onKey = (): void => { pageSaw++; };
    document.addEventListener('keydown', onKey);
    key('Escape', item);
    document.removeEventListener('keydown', onKey);
    expect(pageSaw).toBe(0);
    expect(menu.hidden).toBe(true);
    expect(shadow().activeElement).toBe(button);

    button.click();
    item.click();
    expect(flagOf('#support-our-reporting'), 'unflagged at once').toBeNull();
    await until(() => stored()?.rules?.[HOST] !== undefined);
    const lines = stored().rules[HOST]!;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^news\.example#@#/);
    await until(() => reports.at(-1)?.appeals.length === 0);
    expect(reports.at(-1)?.appeals).toEqual([]);
    expect(flagOf('#support-our-reporting')).toBeNull();
    // A later scan (reload, rescan) keeps it unflagged.
    handle!.rescan();
    await settle(10);
    await until(() => (handle?.stats.scans ?? 0) >= 3);
    expect(flagOf('#support-our-reporting')).toBeNull();
  });

  it('the popup\'s "not an appeal" reaches the same code through the background', async () => {
    const id = flagOf('#support-our-reporting')!;
    const popupApi = fb.page();
    expect(await popupApi.runtime.sendMessage({ type: 'notAppeal', tabId: TAB, appealId: id })).toEqual({ ok: true });
    expect(flagOf('#support-our-reporting')).toBeNull();
    await until(() => stored()?.rules?.[HOST]?.length === 1);
    expect(stored().rules[HOST]![0]).toMatch(/^news\.example#@#/);
  });
});

describe('rules changed elsewhere', () => {
  it('"content:rules" makes the page read the rules again and rescan at once', async () => {
    expect(flagOf('#calendar-offer')).toBeNull();
    // Stored without a storage event (as if onChanged were late): the command alone is enough.
    fb.local.data[SETTINGS_KEY] = { ...(fb.local.data[SETTINGS_KEY] as Settings), rules: { [HOST]: ['news.example##div#calendar-offer:appeal(paywall)'] } };
    expect(await fb.sendToTab(TAB, { type: 'content:rules' })).toEqual({ ok: true });
    await until(() => flagOf('#calendar-offer') !== null);
    expect(document.querySelector('#calendar-offer')!.getAttribute('data-appeal-spotter-kind')).toBe('paywall');
    // And a rule switched off ("!off") stops applying, through the ordinary storage event this time.
    await fb.local.set({ [SETTINGS_KEY]: { ...(fb.local.data[SETTINGS_KEY] as Settings), rules: { [HOST]: ['!off news.example##div#calendar-offer:appeal(paywall)'] } } });
    await until(() => flagOf('#calendar-offer') === null);
    expect(flagOf('#calendar-offer')).toBeNull();
  });
});

describe('the picker', () => {
  it('outlines, widens and narrows, swallows the page\'s click, asks the kind; the choice is flagged with "your rule"', async () => {
    const box = document.querySelector('#calendar-offer')!;
    const para = box.querySelector('p')!;
    expect(flagOf('#calendar-offer'), 'the scanner misses it').toBeNull();
    let pageClicks = 0;
    para.addEventListener('click', () => { pageClicks++; });
    document.elementFromPoint = () => para;
    expect(await fb.sendToTab(TAB, { type: 'content:pick' })).toEqual({ ok: true });
    const overlay = shadow().querySelector('.overlay')!;
    expect(overlay.querySelector('.pick-box')).not.toBeNull();
    expect(overlay.querySelector('.pick-hint')?.textContent).toMatch(/Esc/);

    window.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 10, bubbles: true }));
    // ArrowUp widens to the box, ArrowDown narrows back, ArrowUp again; the page sees none of it.
    expect(key('ArrowUp').defaultPrevented).toBe(true);
    expect(key('ArrowDown').defaultPrevented).toBe(true);
    window.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true }));
    // A click chooses: the page's own click handler never runs.
    const click = new MouseEvent('click', { clientX: 10, clientY: 10, bubbles: true, cancelable: true, button: 0 });
    para.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(pageClicks).toBe(0);
    // The kind chooser, keyboard reachable, the first kind focused.
    const chooser = overlay.querySelector<HTMLElement>('.pick-kinds')!;
    expect(chooser.getAttribute('role')).toBe('dialog');
    const kinds = Array.from(chooser.querySelectorAll<HTMLButtonElement>('button[data-kind]'));
    expect(kinds.map((b) => b.dataset['kind'])).toEqual(['donation', 'subscription', 'paywall']);
    expect(shadow().activeElement).toBe(kinds[0]);
    key('ArrowRight', kinds[0]);
    expect(shadow().activeElement).toBe(kinds[1]);
    kinds[1]!.click();
    // Finished: nothing left of the picker, and the page's keys and clicks are its own again.
    expect(overlay.children.length).toBe(0);
    expect(key('ArrowUp').defaultPrevented).toBe(false);
    const later = new MouseEvent('click', { bubbles: true, cancelable: true });
    para.dispatchEvent(later);
    expect(pageClicks).toBe(1);

    await until(() => flagOf('#calendar-offer') !== null);
    const flagged = document.querySelector('#calendar-offer')!;
    expect(flagged.getAttribute('data-appeal-spotter-kind') ?? flagged.querySelector('[data-appeal-spotter-kind]')?.getAttribute('data-appeal-spotter-kind')).toBe('subscription');
    await until(() => (reports.at(-1)?.appeals.length ?? 0) === 2);
    const mine = reports.at(-1)!.appeals.find((a) => a.reasons.some((r) => r.startsWith('your rule')));
    expect(mine?.kind).toBe('subscription');
    expect(mine?.reasons[0]).toMatch(/^your rule: news\.example##.*:appeal\(subscription\)$/);
    await until(() => stored()?.rules?.[HOST] !== undefined);
    expect(stored().rules[HOST]).toEqual([expect.stringMatching(/^news\.example##.*:appeal\(subscription\)$/)]);
  });

  it('Esc cancels: no rule, no flag, no listener left', async () => {
    const para = document.querySelector('#calendar-offer p')!;
    document.elementFromPoint = () => para;
    await fb.sendToTab(TAB, { type: 'content:pick' });
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: 1, clientY: 1 }));
    expect(key('Escape').defaultPrevented).toBe(true);
    expect(shadow().querySelector('.overlay')!.children.length).toBe(0);
    expect(key('Enter').defaultPrevented).toBe(false);
    await settle(5);
    expect(stored().rules).toEqual({});
    expect(flagOf('#calendar-offer')).toBeNull();
  });

  it('removes every listener it added, whichever way it ends', () => {
    const added: string[] = [];
    const removed: string[] = [];
    const win = {
      addEventListener: (t: string) => { added.push(t); }, removeEventListener: (t: string) => { removed.push(t); },
      innerWidth: 100, innerHeight: 100,
    } as unknown as Window;
    const container = document.createElement('div');
    const strings = { hint: 'h', question: 'q', cancel: 'c', kind: (k: string) => k };
    for (const end of ['cancel', 'choose'] as const) {
      added.length = removed.length = 0;
      const el = document.querySelector('#calendar-offer')!;
      document.elementFromPoint = () => el;
      const p = new Picker({ doc: document, win, container, isOwn: () => false, strings, guard: (f) => f, onChoose: () => undefined });
      p.start();
      expect(p.candidate).toBe(el);
      if (end === 'cancel') p.cancel();
      else { p.choose(); container.querySelector<HTMLButtonElement>('button[data-kind=paywall]')!.click(); }
      expect(p.listenerCount).toBe(0);
      expect(removed.sort()).toEqual(added.sort());
      expect(container.children.length).toBe(0);
    }
  });
});
