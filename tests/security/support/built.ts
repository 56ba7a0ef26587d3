// The built extension under dist/: rebuilt when missing or older than its sources, so the
// security tests always look at what would ship. (`npm test` builds first; then this is a no-op.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './code-scan.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const STORE_DIRS = ['chrome', 'firefox'] as const;
export const E2E_DIRS = ['chrome-e2e', 'firefox-e2e'] as const;

function newestSource(): number {
  const files = [
    ...listFiles(path.join(ROOT, 'src'), /\.(ts|html|css|json)$/).filter((f) => !f.includes(`${path.sep}cli${path.sep}`)),
    ...['manifest.json', 'build.mjs'].map((f) => path.join(ROOT, f)),
  ];
  return Math.max(...files.filter(existsSync).map((f) => statSync(f).mtimeMs));
}

function buildUnlessFresh(outputs: readonly string[], newest: number): void {
  const fresh = outputs.every(existsSync) && Math.min(...outputs.map((m) => statSync(m).mtimeMs)) >= newest;
  if (fresh) return;
  const r = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node build.mjs failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
}

/** Builds dist/chrome and dist/firefox unless they are present and newer than every source. */
export function ensureExtensionBuilt(): void {
  buildUnlessFresh(STORE_DIRS.map((d) => path.join(ROOT, 'dist', d, 'manifest.json')), newestSource());
}

export interface BuiltDir { readonly name: string; readonly dir: string; readonly store: boolean }

/** Store builds always; e2e builds only when present (the e2e setup writes them). */
export function builtDirs(): BuiltDir[] {
  const out: BuiltDir[] = STORE_DIRS.map((name) => ({ name, dir: path.join(ROOT, 'dist', name), store: true }));
  for (const name of E2E_DIRS) {
    const dir = path.join(ROOT, 'dist', name);
    if (existsSync(path.join(dir, 'manifest.json'))) out.push({ name, dir, store: false });
  }
  return out;
}

export type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  background?: Record<string, unknown>;
};

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}
