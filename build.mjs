// Build: esbuild per entry, unminified (add-on reviewers rebuild and diff it).
// Writes dist/cli/ (Node CLI), dist/core.js (IIFE for in-page timing) and the extension
// builds dist/chrome/ and dist/firefox/ from the one top-level manifest.json.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';

const watch = process.argv.includes('--watch');

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
  }
}

/** The core as one IIFE defining globalThis.AppealSpotter = { scan } for in-page timing. */
async function buildCoreIife() {
  await esbuild.build({
    entryPoints: ['src/core/global.ts'], outfile: 'dist/core.js', bundle: true, format: 'iife',
    target: ['chrome120', 'firefox128'], logLevel: 'warning',
  });
}

rmSync('dist/cli', { recursive: true, force: true });
await Promise.all([buildNode(), buildCoreIife()]);
if (watch) console.log('watch: not yet');
