// The built CLI on hostile saved pages: stylesheets jsdom's CSS parser throws on, invalid
// charsets and bytes, deep nesting, hostile appeal text. Each is scanned (exit 0) into a
// well-formed JSON report; nothing crashes the batch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, removeCopy } from '../cli/run-cli.js';
import { ROOT } from '../security/support/built.js';

const HOSTILE = path.join(ROOT, 'tests/fixtures/hostile');
let tmp = '';

beforeAll(() => {
  ensureBuilt(); // a private copy of dist/cli, immune to concurrent rebuilds
  tmp = mkdtempSync(path.join(tmpdir(), 'as-hostile-'));
  // Generated here rather than committed: large or deep pages.
  writeFileSync(path.join(tmp, 'deep.html'), `<!doctype html><html><body><article><h1>Deep</h1><p>${'The council met on Tuesday. '.repeat(20)}</p>${'<div>'.repeat(3000)}<p>Donate now to support our reporting.</p>${'</div>'.repeat(3000)}</article></body></html>`);
  writeFileSync(path.join(tmp, 'nul-and-bom.html'), `\ufeff<!doctype html><html><body><p>A\u0000B ${'x'.repeat(100)}</p><p>\ud800 lone surrogate</p></body></html>`);
  writeFileSync(path.join(tmp, 'not-html.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0x00]));
  writeFileSync(path.join(tmp, 'empty.html'), '');
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  removeCopy();
});

interface CliReport { readonly source?: unknown; readonly appeals: { kind: string; text: string }[]; readonly partial?: unknown }

const FIXTURES = ['broken-calc.html', 'invalid-charset.html', 'xss-appeal.html'];
const GENERATED = ['deep.html', 'nul-and-bom.html', 'not-html.html', 'empty.html'];
let run: { status: number | null; stdout: string; stderr: string };
let reports: CliReport[] = [];

describe('the CLI survives hostile pages', () => {
  // One batch: jsdom takes seconds to load, so one process scans every page.
  beforeAll(() => {
    const files = [...FIXTURES.map((n) => path.join(HOSTILE, n)), ...GENERATED.map((n) => path.join(tmp, n))];
    const r = spawnSync(process.execPath, [CLI, 'scan', ...files, '--jsonl'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
    reports = run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as CliReport);
  }, 120_000);

  it('exits 0 with one well-formed JSON report per page, in order', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(reports).toHaveLength(FIXTURES.length + GENERATED.length);
    for (const r of reports) {
      expect(Array.isArray(r.appeals)).toBe(true);
      expect(typeof r.partial).toBe('boolean');
    }
  });

  it.each(FIXTURES.map((n, i) => [n, i] as const))('%s: the donation box is still found, its text verbatim', (name, i) => {
    const appeals = reports[i]?.appeals ?? [];
    expect(appeals.map((a) => a.kind)).toContain('donation');
    if (name === 'xss-appeal.html') expect(appeals.find((a) => a.kind === 'donation')!.text).toContain('<img src=x onerror="window.__pwned=1">');
  });
});
