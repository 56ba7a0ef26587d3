// Spawns the built CLI (dist/cli/appeal-spotter.mjs), building it first when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CLI = 'dist/cli/appeal-spotter.mjs';

export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['build.mjs'], { encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(CLI)) throw new Error(`build failed: ${r.stderr}`);
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
