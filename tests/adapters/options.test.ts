// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers.js';
import { startOptions } from '../../src/options/options.js';
import { EXTENSION_BASE, FakeBrowser, settle } from './fake-browser.js';
import { DEFAULT_SETTINGS, exportSettings, NOTICE_KEY, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';

const HTML = readFileSync(path.resolve(__dirname, '../../src/options/options.html'), 'utf8');
const A = 'https://a.example';
const B = 'https://b.example';

let fb: FakeBrowser;
const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;
const stored = (): Settings => fb.local.data[SETTINGS_KEY] as Settings;

function loadDom(): void {
  const doc = new DOMParser().parseFromString(HTML, 'text/html');
  doc.querySelectorAll('script').forEach((s) => s.remove());
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

async function open(): Promise<void> {
  await startOptions(document, fb.page(`${EXTENSION_BASE}options.html`)).ready;
  await settle();
}

/** Simulates choosing a file in input#import. */
async function importFile(text: string): Promise<void> {
  const input = $<HTMLInputElement>('#import');
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle(10);
}

beforeEach(() => {
  loadDom();
  fb = new FakeBrowser();
  const bg = createBackground(fb.background);
  fb.onMessage.addListener((m, s) => bg.onMessage(m, s));
  fb.local.data[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, mode: 'collapse', sites: { [A]: { enabled: true, supporter: true }, [B]: { enabled: true, supporter: false } } };
  fb.granted.add(`${A}/*`).add(`${B}/*`);
});

describe('options page', () => {
  it('lists the enabled sites with a Remove button, the mode and all-sites state', async () => {
    await open();
    const items = Array.from(document.querySelectorAll<HTMLElement>('ul#sites > li[data-origin]'));
    expect(items.map((li) => li.dataset['origin'])).toEqual([A, B]);
    expect(items.every((li) => li.querySelector('button.remove'))).toBe(true);
    expect($<HTMLSelectElement>('#mode').value).toBe('collapse');
    expect($<HTMLInputElement>('#all-sites').checked).toBe(false);
    expect($('#notice').hidden).toBe(true);
  });

  it('Remove switches the site off', async () => {
    await open();
    $<HTMLButtonElement>(`li[data-origin="${A}"] button.remove`).click();
    await settle(10);
    expect(stored().sites[A]).toEqual({ enabled: false, supporter: true });
    expect(Array.from(document.querySelectorAll<HTMLElement>('ul#sites > li')).map((li) => li.dataset['origin'])).toEqual([B]);
  });

  it('"all sites" asks for both catch-all permissions synchronously in the handler', async () => {
    await open();
    const all = $<HTMLInputElement>('#all-sites');
    all.checked = true;
    all.dispatchEvent(new Event('change'));
    expect(fb.callsTo('permissions.request').map((c) => c.args[0])).toEqual([{ origins: ['http://*/*', 'https://*/*'] }]);
    await settle(10);
    expect(stored().allSites).toBe(true);
    expect([...fb.registered.keys()]).toEqual(['all-sites']);
  });

  it('imports a settings file, and refuses a bad one with a clear message keeping the settings', async () => {
    await open();
    const before = structuredClone(stored());
    await importFile('this is not json');
    expect($('#notice').textContent).toMatch(/not valid JSON.*unchanged/);
    expect($('#notice').hidden).toBe(false);
    expect(stored()).toEqual(before);
    await importFile(JSON.stringify({ some: 'other file' }));
    expect($('#notice').textContent).toMatch(/does not contain Appeal Spotter settings/);
    expect(stored()).toEqual(before);
    const next: Settings = { ...DEFAULT_SETTINGS, mode: 'hide', sites: { 'https://c.example': { enabled: true, supporter: false } } };
    await importFile(exportSettings(next));
    expect($('#notice').textContent).toBe('Settings imported.');
    expect(stored()).toEqual(next);
    expect($<HTMLSelectElement>('#mode').value).toBe('hide');
  });

  it('shows a migration notice until dismissed', async () => {
    fb.local.data[NOTICE_KEY] = { code: 'reset-corrupt' };
    await open();
    expect($('#notice').textContent).toMatch(/damaged and have been reset/);
    $<HTMLButtonElement>('#notice-dismiss').click();
    await settle();
    expect($('#notice').hidden).toBe(true);
    expect(fb.local.data[NOTICE_KEY]).toBeUndefined();
  });
});

describe('options page: your rules', () => {
  const HOST = 'news.example';
  const LINES = ['news.example##.support-box:appeal(donation)', '!off news.example#@#.promo', '! a note'];
  const rules = (): Record<string, readonly string[]> => stored().rules;
  const site = (): HTMLElement => $(`li.rule-site[data-host="${HOST}"]`);

  beforeEach(() => {
    fb.local.data[SETTINGS_KEY] = { ...(fb.local.data[SETTINGS_KEY] as Settings), rules: { [HOST]: LINES } };
  });

  it('lists the rules per site, disabled ones unticked, comments without a switch', async () => {
    await open();
    const rows = Array.from(site().querySelectorAll<HTMLElement>('ul.rule-list > li'));
    expect(rows.map((r) => r.querySelector('code')?.textContent)).toEqual(['news.example##.support-box:appeal(donation)', 'news.example#@#.promo', '! a note']);
    expect(rows.map((r) => r.querySelector<HTMLInputElement>('input.rule-enabled')?.checked ?? null)).toEqual([true, false, null]);
    expect(rows[0]!.querySelector('input.rule-enabled')!.getAttribute('aria-label')).toContain('news.example##.support-box');
    expect($('#rules-empty').hidden).toBe(true);
    expect(site().querySelector<HTMLTextAreaElement>('textarea.rule-text')!.value).toBe(LINES.join('\n'));
  });

  it('disable, enable and delete one rule, and delete all of a site', async () => {
    await open();
    const box = site().querySelector<HTMLInputElement>('li[data-index="0"] input.rule-enabled')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(10);
    expect(rules()[HOST]![0]).toBe('!off news.example##.support-box:appeal(donation)');
    const again = site().querySelector<HTMLInputElement>('li[data-index="1"] input.rule-enabled')!;
    again.checked = true;
    again.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(10);
    expect(rules()[HOST]![1]).toBe('news.example#@#.promo');
    site().querySelector<HTMLButtonElement>('li[data-index="2"] button.rule-delete')!.click();
    await settle(10);
    expect(rules()[HOST]).toEqual(['!off news.example##.support-box:appeal(donation)', 'news.example#@#.promo']);
    site().querySelector<HTMLButtonElement>('button.rule-delete-site')!.click();
    await settle(10);
    expect(rules()).toEqual({});
    expect(document.querySelector('li.rule-site')).toBeNull();
    expect($('#rules-empty').hidden).toBe(false);
  });

  it('editing as text saves good lines; a bad line is named and nothing stored is lost', async () => {
    await open();
    const area = site().querySelector<HTMLTextAreaElement>('textarea.rule-text')!;
    area.value = `${LINES.join('\n')}\nnews.example##div[data-x=\n`;
    site().querySelector<HTMLButtonElement>('button.rule-save')!.click();
    await settle(10);
    const error = site().querySelector<HTMLElement>('.rule-error')!;
    expect(error.hidden).toBe(false);
    expect(error.textContent).toMatch(/^Line 4 \("news\.example##div\[data-x="\) was refused: .+\. Nothing was changed\.$/);
    expect(rules()[HOST]).toEqual(LINES);
    area.value = 'news.example##.other\nelse.example##.x';
    site().querySelector<HTMLButtonElement>('button.rule-save')!.click();
    await settle(10);
    expect(site().querySelector('.rule-error')!.textContent).toMatch(/Line 2 .* rule for another site/);
    expect(rules()[HOST]).toEqual(LINES);
    area.value = 'news.example##.other\n\nnews.example#@#.promo';
    site().querySelector<HTMLButtonElement>('button.rule-save')!.click();
    await settle(10);
    expect(rules()[HOST]).toEqual(['news.example##.other', 'news.example#@#.promo']);
    expect($('#rules-status').textContent).toBe('Rules saved.');
  });

  it('a pasted block is added per site; a bad line, a selector that throws or a 5 MB paste changes nothing', async () => {
    await open();
    const paste = $<HTMLTextAreaElement>('#rules-paste');
    const add = (): void => $<HTMLButtonElement>('#rules-add').click();
    const status = (): string => $('#rules-status').textContent ?? '';
    paste.value = 'b.example##.box\njavascript:alert(1)##.x\n';
    add();
    await settle(10);
    expect(status()).toMatch(/^Line 2 \("javascript:alert\(1\)##\.x"\) was refused: .*scheme.*Nothing was changed\.$/);
    expect($('#rules-status').dataset['error']).toBe('true');
    paste.value = 'b.example##.box\n*##.x';
    add();
    await settle(10);
    expect(status()).toMatch(/^Line 2 .*wildcard/);
    paste.value = 'b.example##div:not(';
    add();
    await settle(10);
    expect(status()).toMatch(/^Line 1 /);
    paste.value = 'b.example##.box\n'.repeat(330_000); // 5 MB
    expect(paste.value.length).toBeGreaterThan(5_000_000);
    add();
    await settle(10);
    expect(status()).toMatch(/more than 256 KB of rules\. Nothing was changed/);
    expect(rules()).toEqual({ [HOST]: LINES });
    paste.value = 'b.example##.box:appeal(paywall)\nnews.example##.late';
    add();
    await settle(10);
    expect(status()).toBe('2 rules added.');
    expect(paste.value).toBe('');
    expect(rules()).toEqual({ [HOST]: [...LINES, 'news.example##.late'], 'b.example': ['b.example##.box:appeal(paywall)'] });
    expect(Array.from(document.querySelectorAll<HTMLElement>('li.rule-site')).map((li) => li.dataset['host'])).toEqual(['b.example', HOST]);
  });

  it('export includes the rules; importing a file with a bad rule line names it and keeps everything', async () => {
    await open();
    const before = structuredClone(stored());
    expect(JSON.parse(exportSettings(before)).rules).toEqual({ [HOST]: LINES });
    const bad = { app: 'appeal-spotter', version: 2, mode: 'hide', allSites: false, sites: {}, rules: { 'c.example': ['c.example##.ok', 'c.example##.x::before'] } };
    await importFile(JSON.stringify(bad));
    expect($('#notice').textContent).toMatch(/^The file's rule for c\.example on line 2 \("c\.example##\.x::before"\) was refused: .*Your settings are unchanged\.$/);
    expect(stored()).toEqual(before);
    await importFile(JSON.stringify({ ...bad, rules: { 'c.example': ['c.example##.ok'] } }));
    expect($('#notice').textContent).toBe('Settings imported.');
    expect(stored().rules).toEqual({ 'c.example': ['c.example##.ok'] });
    expect(document.querySelector('li.rule-site[data-host="c.example"]')).not.toBeNull();
  });
});
