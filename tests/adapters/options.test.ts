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
