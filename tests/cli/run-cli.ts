// Spawns the built CLI. Other tests and engineers rebuild dist/ while these run (build.mjs
// empties dist/cli first), so each test file runs its own copy of
// dist/cli/appeal-spotter.mjs, taken once it is complete (building it when missing). The
// copy lives under node_modules/ so that jsdom and Readability resolve as from dist/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = join('dist', 'cli', 'appeal-spotter.mjs');
const COPY_DIR = join('node_modules', '.cache', 'appeal-spotter-cli-tests');
export const CLI = join(COPY_DIR, `appeal-spotter-${process.pid}.mjs`);

/** A finished bundle carries the usage text and ends where main() is called. */
function complete(path: string): boolean {
  try {
    const text = readFileSync(path, 'utf8');
    return text.includes('Exit status: 0 all pages scanned') && /\n$/.test(text);
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  mkdirSync(COPY_DIR, { recursive: true });
  let built = false;
  for (let attempt = 0; attempt < 240; attempt++) {
    if (complete(BUILT)) {
      copyFileSync(BUILT, CLI);
      if (complete(CLI)) return;
    } else if (!built && attempt >= 8) {
      // Missing for two seconds: nobody is mid-build, so build it.
      built = true;
      const r = spawnSync(process.execPath, ['build.mjs'], { encoding: 'utf8' });
      if (r.status !== 0 && !existsSync(BUILT)) throw new Error(`build failed: ${r.stderr}`);
    }
    sleep(250);
  }
  throw new Error(`no complete ${BUILT} after a minute`);
}

export function removeCopy(): void {
  rmSync(CLI, { force: true });
}

export interface CliResult { readonly status: number | null; readonly stdout: string; readonly stderr: string }

export function runCli(args: readonly string[], input?: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses --jsonl output: one object per non-empty line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}
