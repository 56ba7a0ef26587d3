// Static scans of the sources and of what ships (dist/): no HTML sinks, no code evaluation,
// no network APIs, no channel a web page could talk to, no remote code or styles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFindings, listFiles, scanFiles, scanSource, type Rule } from './support/code-scan.js';
import { builtDirs, ensureExtensionBuilt, ROOT } from './support/built.js';

const SRC = path.join(ROOT, 'src');
/** Everything that runs in the browser: the extension and the core it bundles. */
const EXTENSION_SRC = ['content', 'background', 'popup', 'options', 'shared', 'platform', 'core'];

const srcFiles = (): string[] => listFiles(SRC, /\.ts$/);
const extensionFiles = (): string[] => EXTENSION_SRC.flatMap((d) => listFiles(path.join(SRC, d), /\.ts$/));
const rules = (...r: Rule[]): ReadonlySet<Rule> => new Set(r);

describe('the scanner itself finds what it looks for', () => {
  // Without this, a scanner that matched nothing would make every test below pass.
  it('flags each forbidden construct in a sample, and nothing in look-alikes', () => {
    const bad = [
      'el.innerHTML = page;', 'el.outerHTML += x;', "el['innerHTML'] = y;", 'frame.srcdoc = s;', "el.insertAdjacentHTML('beforeend', t);",
      'document.write(t);', 'range.createContextualFragment(t);', "el.setAttribute('onclick', t);", 'eval(code);', 'new Function(code);',
      "Function('return 1')();", "setTimeout('alert(1)', 1);", "fetch('https://x.example');", 'new XMLHttpRequest();', 'new WebSocket(u);',
      'navigator.sendBeacon(u, d);', 'new EventSource(u);', "window.addEventListener('message', h);", 'parent.postMessage(d, "*");',
      'chrome.runtime.onMessageExternal.addListener(h);', "document.createElement('script');", "import('https://x.example/m.js');",
      'window.onmessage = h;', 'new BroadcastChannel("x");', 'globalThis.fetch(u);',
    ];
    for (const code of bad) {
      expect(scanSource('sample.ts', code, rules('html-sink', 'code-eval', 'network', 'page-channel', 'script-injection')), code).not.toEqual([]);
    }
    const fine = [
      '// el.innerHTML = page; eval(x); fetch(u)', "const s = 'innerHTML = x; fetch(u)';", 'el.textContent = page;', 'const html = el.innerHTML;',
      'evaluate(x);', 'const o = { fetch: 1 };', 'type T = { eval: string };', 'el.append(doc.createElement("div"));', "setTimeout(() => f(), 1);",
      'api.runtime.onMessage.addListener(h);',
    ];
    for (const code of fine) expect(scanSource('sample.ts', code, rules('html-sink', 'code-eval', 'network', 'page-channel', 'script-injection')), code).toEqual([]);
  });
});

describe('static scan of src/', () => {
  it('no page text can reach an HTML sink anywhere in src (innerHTML/outerHTML/srcdoc assignment, insertAdjacentHTML, document.write, on* attributes)', () => {
    expect(describeFindings(scanFiles(srcFiles(), rules('html-sink'), ROOT))).toEqual([]);
  });

  it('no eval, new Function or string timers anywhere in src', () => {
    expect(describeFindings(scanFiles(srcFiles(), rules('code-eval'), ROOT))).toEqual([]);
  });

  it('no network API in the extension or the core (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon)', () => {
    expect(describeFindings(scanFiles(extensionFiles(), rules('network'), ROOT))).toEqual([]);
  });

  it('a web page cannot talk to the extension: no window "message" listener, postMessage, external messaging or broadcast channel', () => {
    expect(describeFindings(scanFiles(extensionFiles(), rules('page-channel'), ROOT))).toEqual([]);
  });

  it('the extension creates no script, iframe or embed elements and loads no code dynamically', () => {
    expect(describeFindings(scanFiles(extensionFiles(), rules('script-injection'), ROOT))).toEqual([]);
  });

  it('the content script listens only to the extension runtime (every onMessage handler goes through a guard)', () => {
    const content = listFiles(path.join(SRC, 'content'), /\.ts$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(content).toMatch(/parseContentCommand\(/);
    const background = listFiles(path.join(SRC, 'background'), /\.ts$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(background).toMatch(/parseBackgroundRequest\(/);
  });
});

describe('static scan of the built extension (dist/)', () => {
  beforeAll(() => ensureExtensionBuilt(), 120_000);

  const dirs = builtDirs();

  it.each(dirs.map((d) => [d.name, d.dir] as const))('%s: scripts contain no eval, new Function, network API, page channel or injected script', (_name, dir) => {
    const js = listFiles(dir, /\.m?js$/);
    expect(js.length).toBeGreaterThanOrEqual(4);
    expect(describeFindings(scanFiles(js, rules('code-eval', 'network', 'page-channel', 'html-sink', 'script-injection'), ROOT))).toEqual([]);
  });

  it.each(dirs.map((d) => [d.name, d.dir] as const))('%s: HTML pages load only packaged scripts and styles, with no inline script or handler', (_name, dir) => {
    const pages = listFiles(dir, /\.html$/);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const file of pages) {
      const doc = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
      const where = path.relative(ROOT, file);
      for (const s of Array.from(doc.querySelectorAll('script'))) {
        const src = s.getAttribute('src');
        expect(src, `${where}: inline <script>`).not.toBeNull();
        expect(src!, `${where}: remote script ${src}`).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/\/)/i);
      }
      for (const el of Array.from(doc.querySelectorAll('[src], link[href], [srcset], object[data]'))) {
        for (const attr of ['src', 'href', 'srcset', 'data']) {
          const v = el.getAttribute(attr);
          if (v !== null) expect(v, `${where}: <${el.localName} ${attr}=${v}>`).not.toMatch(/^(https?:|\/\/|ftp:|ws:)/i);
        }
      }
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) expect(a.name, `${where}: inline handler on <${el.localName}>`).not.toMatch(/^on/i);
      }
      expect(doc.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i]').length, `${where}: frames/embeds/base/refresh`).toBe(0);
    }
  });

  it.each(dirs.map((d) => [d.name, d.dir] as const))('%s: stylesheets import nothing remote (no tracking pixels or web fonts)', (_name, dir) => {
    const sheets = [...listFiles(dir, /\.css$/).map((f) => readFileSync(f, 'utf8')), ...listFiles(dir, /\.html$/).map((f) => readFileSync(f, 'utf8'))];
    for (const css of sheets) {
      expect(css).not.toMatch(/url\(\s*['"]?\s*(https?:|\/\/)/i);
      expect(css).not.toMatch(/@import\s+(url\()?\s*['"]?\s*(https?:|\/\/)/i);
    }
  });

  it.each(dirs.map((d) => [d.name, d.dir] as const))('%s: no remote URL a script could load code from', (_name, dir) => {
    for (const file of listFiles(dir, /\.m?js$/)) {
      const text = readFileSync(file, 'utf8');
      expect(text, path.relative(ROOT, file)).not.toMatch(/<script[^>]*\ssrc\s*=\s*["']?(https?:)?\/\//i);
      expect(text, path.relative(ROOT, file)).not.toMatch(/\bimportScripts\s*\(/);
    }
  });
});
