// The Firefox build passes addons-linter (web-ext lint) with 0 errors and 0 warnings, offline.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'dist/firefox');

interface LintMessage { readonly code: string; readonly message: string; readonly file?: string }
interface LintReport { readonly errors: LintMessage[]; readonly warnings: LintMessage[]; readonly notices: LintMessage[] }

describe('web-ext lint', () => {
  it('dist/firefox: 0 errors, 0 warnings', () => {
    // `npm test` builds first; a lone run of this file builds if needed.
    if (!existsSync(path.join(DIR, 'manifest.json'))) {
      expect(spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT }).status).toBe(0);
    }
    const bin = path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
    const r = spawnSync(process.execPath, [bin, 'lint', '--source-dir', DIR, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as LintReport;
    const show = (list: LintMessage[]): string[] => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(show(report.errors)).toEqual([]);
    expect(show(report.warnings)).toEqual([]);
  }, 90_000);
});
