// Builds the e2e variant of the extension once per run (`node build.mjs --e2e` writes
// dist/chrome-e2e and dist/firefox-e2e). A failure does not abort the whole vitest run (that
// would hide every unit test result); it is handed to the e2e files, which fail with it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROME_EXT_DIR, FIREFOX_EXT_DIR, ROOT, SKIP_BUILD, hasChromium, hasFirefox } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when the e2e build is ready, else why it is not. */
    e2eBuildError: string | null;
  }
}

function build(): string | null {
  const t0 = Date.now();
  if (!SKIP_BUILD) {
    const r = spawnSync(process.execPath, ['build.mjs', '--e2e'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) return `node build.mjs --e2e failed (exit ${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`;
  }
  for (const dir of [CHROME_EXT_DIR, FIREFOX_EXT_DIR]) {
    if (!existsSync(path.join(dir, 'manifest.json'))) return `no extension build at ${path.relative(ROOT, dir)}/manifest.json (node build.mjs --e2e writes it)`;
  }
  if (!SKIP_BUILD) console.log(`[e2e] built dist/chrome-e2e and dist/firefox-e2e in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return null;
}

/** Profiles of runs that were killed (CI timeout, Ctrl-C) stay behind; drop ours once they are stale. */
function removeStaleProfiles(): void {
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('as-e2e-')) continue;
    const dir = path.join(tmpdir(), name);
    try {
      if (statSync(dir).mtimeMs < cutoff) rmSync(dir, { recursive: true, force: true });
    } catch { /* another run may be removing it */ }
  }
}

export default function setup(project: TestProject): void {
  removeStaleProfiles();
  // Without browsers the suites skip themselves; no point building.
  project.provide('e2eBuildError', hasChromium || hasFirefox ? build() : null);
}
