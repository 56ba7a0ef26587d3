#!/usr/bin/env node
// Builds the core IIFE (same options as build.mjs's dist/core.js entry) from a git revision,
// without touching the working tree: `git archive REV src` into a temp dir, esbuild from there.
//   node bench/build-core-at.mjs REV out.js
// then: node bench/run.mjs --before out.js   (or --core out.js), for before/after ratios in one run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const [rev, out] = process.argv.slice(2);
if (!rev || !out) {
  console.error('usage: node bench/build-core-at.mjs REV out.js');
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'as-core-'));
try {
  const tar = execFileSync('git', ['archive', '--format=tar', rev, 'src'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  await esbuild.build({
    entryPoints: [path.join(dir, 'src/core/global.ts')], outfile: path.resolve(out), bundle: true, format: 'iife',
    target: ['chrome120', 'firefox128'], logLevel: 'warning',
  });
  console.log(`built ${out} from ${execFileSync('git', ['rev-parse', '--short', rev]).toString().trim()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
