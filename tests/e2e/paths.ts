// Where things live for the end-to-end tests; overridable so CI images with other paths still work.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = path.join(ROOT, 'tests/e2e/pages');
export const OUT_DIR = path.join(ROOT, 'out');
export const DOCS_DIR = path.join(ROOT, 'docs');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The e2e builds: identical to dist/chrome and dist/firefox but with http://127.0.0.1/* pre-granted.
 * AS_E2E_CHROME_EXT / AS_E2E_FIREFOX_EXT point the suites at another unpacked build.
 */
export const CHROME_EXT_DIR = path.resolve(process.env.AS_E2E_CHROME_EXT ?? path.join(ROOT, 'dist/chrome-e2e'));
export const FIREFOX_EXT_DIR = path.resolve(process.env.AS_E2E_FIREFOX_EXT ?? path.join(ROOT, 'dist/firefox-e2e'));
/** Set AS_E2E_UPDATE_DOCS=1 to refresh docs/popup.png and docs/flagged-article.png from this run. */
export const UPDATE_DOCS = process.env.AS_E2E_UPDATE_DOCS === '1';
/** Set AS_E2E_SKIP_BUILD=1 to test the builds already on disk without running build.mjs. */
export const SKIP_BUILD = process.env.AS_E2E_SKIP_BUILD === '1';

export const hasChromium = existsSync(CHROMIUM_PATH);
export const hasFirefox = existsSync(FIREFOX_PATH);

/** The gecko id the Firefox build declares (browser_specific_settings.gecko.id). */
export function readGeckoId(extDir: string = FIREFOX_EXT_DIR): string {
  const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || id === '') throw new Error(`${extDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}
