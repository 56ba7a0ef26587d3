// Headless Chromium launcher (recipe from /work/shared/BROWSER-TESTING.md): fresh profile,
// no network beyond 127.0.0.1, optionally one unpacked extension.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** @param {{ extDir?: string, exposeGc?: boolean }} [opts] */
export async function launchChromium({ extDir, exposeGc = false } = {}) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'as-bench-'));
  const args = [...FLAGS];
  if (exposeGc) args.push('--js-flags=--expose-gc');
  if (extDir) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium',
    headless: false, // --headless=new above
    args,
    viewport: { width: 1280, height: 900 },
  });
  let sw = null;
  let extId = null;
  if (extDir) {
    sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
    extId = new URL(sw.url()).host;
  }
  return {
    context, sw, extId,
    close: async () => { await context.close().catch(() => {}); rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** A promise that rejects after ms: sw.evaluate can hang while the worker is stopped. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]);
}
