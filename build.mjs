// Build: esbuild per entry, unminified (add-on reviewers rebuild and diff it).
// Writes dist/cli/ (Node CLI), dist/core.js (IIFE for in-page timing) and the extension
// builds dist/chrome/ and dist/firefox/ from the one top-level manifest.json, plus store zips.
//   node build.mjs            everything once
//   node build.mjs --watch    rebuild the extension on change
//   node build.mjs --e2e      also dist/chrome-e2e/ and dist/firefox-e2e/ (http://127.0.0.1/* and http://news.test/* pre-granted)
import * as esbuild from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, watch as fsWatch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zip } from './scripts/zip.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');
const e2e = process.argv.includes('--e2e');

/** Node-platform bundles. jsdom stays external: it is a runtime dependency, never bundled. */
const nodeEntries = [
  { in: 'src/cli/main.ts', out: 'dist/cli/appeal-spotter.mjs', banner: '#!/usr/bin/env node' },
];

async function buildNode() {
  mkdirSync('dist/cli', { recursive: true });
  for (const e of nodeEntries) {
    await esbuild.build({
      entryPoints: [e.in], outfile: e.out, bundle: true, platform: 'node', format: 'esm',
      target: 'node20', packages: 'external', banner: { js: e.banner }, logLevel: 'warning',
    });
    chmodSync(e.out, 0o755); // runnable as ./dist/cli/appeal-spotter.mjs, not only through npm's bin link
  }
}

/** The core as one IIFE defining globalThis.AppealSpotter = { scan } for in-page timing. */
async function buildCoreIife() {
  await esbuild.build({
    entryPoints: ['src/core/global.ts'], outfile: 'dist/core.js', bundle: true, format: 'iife',
    target: ['chrome120', 'firefox128'], logLevel: 'warning',
  });
}

// ---------------------------------------------------------------- extension

/** Extension scripts: one IIFE each (no module loader in content scripts or event pages). */
export const EXT_ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
};
/** Static files copied as they are: [source, destination inside the browser dir]. */
export const EXT_STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
];
export const BROWSERS = ['chrome', 'firefox'];
// news.test: the same loopback server under a name, for the rules tests (rules are for named sites).
export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://news.test/*'];

/**
 * One source manifest → per-browser manifest. Chrome runs `background.service_worker` and
 * ignores Firefox keys; Firefox runs `background.scripts` (web-ext lint warns when both are
 * present, so each build keeps only its own).
 */
export function patchManifest(base, browser, { e2e: forE2e = false } = {}) {
  const m = structuredClone(base);
  const bg = m.background ?? {};
  if (browser === 'chrome') {
    m.background = { service_worker: bg.service_worker ?? 'background.js' };
    delete m.browser_specific_settings;
  } else if (browser === 'firefox') {
    m.background = { scripts: bg.scripts ?? [bg.service_worker ?? 'background.js'] };
    delete m.minimum_chrome_version;
    m.browser_specific_settings = {
      gecko: {
        id: 'appeal-spotter@appeal-spotter.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
        ...(base.browser_specific_settings?.gecko ?? {}),
      },
      gecko_android: { strict_min_version: '142.0', ...(base.browser_specific_settings?.gecko_android ?? {}) },
    };
  } else {
    throw new Error(`unknown browser ${browser}`);
  }
  // Tests only: pre-grant the local test server so no permission prompt appears. Sites still
  // start off until the popup's switch turns them on.
  if (forE2e) m.host_permissions = [...E2E_HOST_PERMISSIONS];
  return m;
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p)); else out.push(p);
  }
  return out;
}

const iconFiles = () => readdirSync(path.join(ROOT, 'icons')).filter((n) => /^icon-\d+(-off)?\.png$/.test(n)).sort();

/** Bundles the extension scripts in memory: { 'content.js': Uint8Array, ... }. */
async function bundleExtension() {
  const result = await esbuild.build(extBuildOptions());
  return outputsToMap(result.outputFiles ?? []);
}

function extBuildOptions() {
  return {
    absWorkingDir: ROOT, entryPoints: EXT_ENTRIES, outdir: 'out-ext', bundle: true, format: 'iife',
    platform: 'browser', target: ['chrome120', 'firefox140'], minify: false, sourcemap: false,
    charset: 'utf8', legalComments: 'inline', write: false, logLevel: 'warning',
  };
}

function outputsToMap(outputFiles) {
  const map = {};
  for (const f of outputFiles) map[path.basename(f.path)] = f.contents;
  return map;
}

/** Writes one browser's directory from the bundles + static files + patched manifest. */
function writeBrowserDir(dir, browser, bundles, opts) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'icons'), { recursive: true });
  for (const [name, contents] of Object.entries(bundles)) writeFileSync(path.join(dir, name), contents);
  for (const [src, dest] of EXT_STATIC) cpSync(path.join(ROOT, src), path.join(dir, dest));
  cpSync(path.join(ROOT, 'src/_locales'), path.join(dir, '_locales'), { recursive: true });
  for (const icon of iconFiles()) cpSync(path.join(ROOT, 'icons', icon), path.join(dir, 'icons', icon));
  const base = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(patchManifest(base, browser, opts), null, 2)}\n`);
}

function zipDir(dir, out) {
  const files = listFiles(dir).map((p) => ({ name: path.relative(dir, p).split(path.sep).join('/'), data: readFileSync(p) }));
  writeFileSync(out, zip(files));
}

function writeExtension(bundles, { zips = true } = {}) {
  const version = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')).version;
  for (const browser of BROWSERS) {
    const dir = path.join(ROOT, 'dist', browser);
    writeBrowserDir(dir, browser, bundles, {});
    if (zips) zipDir(dir, path.join(ROOT, 'dist', `appeal-spotter-${browser}-${version}.zip`));
    if (e2e) writeBrowserDir(path.join(ROOT, 'dist', `${browser}-e2e`), browser, bundles, { e2e: true });
  }
}

async function buildExtension() {
  writeExtension(await bundleExtension());
}

async function watchExtension() {
  let last = null;
  const rewrite = () => {
    if (!last) return;
    try { writeExtension(last, { zips: false }); console.log(`[watch] extension written ${new Date().toLocaleTimeString()}`); } catch (e) { console.error(`[watch] ${e.message}`); }
  };
  const ctx = await esbuild.context({
    ...extBuildOptions(),
    plugins: [{ name: 'write-extension', setup(b) { b.onEnd((r) => { if (r.errors.length === 0) { last = outputsToMap(r.outputFiles ?? []); rewrite(); } }); } }],
  });
  await ctx.watch();
  // Static files, locales, icons and the manifest are not part of the bundle graph.
  let timer = null;
  const soon = () => { clearTimeout(timer); timer = setTimeout(rewrite, 100); };
  for (const p of ['manifest.json', 'src/popup', 'src/options', 'src/_locales', 'icons']) {
    if (existsSync(path.join(ROOT, p))) fsWatch(path.join(ROOT, p), { recursive: true }, soon);
  }
  console.log('[watch] watching the extension sources (Ctrl-C to stop)');
}

async function main() {
  rmSync('dist/cli', { recursive: true, force: true });
  await Promise.all([buildNode(), buildCoreIife(), watch ? watchExtension() : buildExtension()]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.chdir(ROOT);
  await main();
}
