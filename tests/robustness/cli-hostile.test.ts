// The built CLI on hostile saved pages: stylesheets jsdom's CSS parser throws on, invalid
// charsets and bytes, deep nesting, hostile appeal text. Each is scanned (exit 0) into a
// well-formed JSON report; nothing crashes the batch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureCliBuilt, ROOT } from '../security/support/built.js';

const HOSTILE = path.join(ROOT, 'tests/fixtures/hostile');
let tmp = '';

beforeAll(() => {
  ensureCliBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'as-hostile-'));
  // Generated here rather than committed: large or deep pages.
  writeFileSync(path.join(tmp, 'deep.html'), `<!doctype html><html><body><article><h1>Deep</h1><p>${'The council met on Tuesday. '.repeat(20)}</p>${'<div>'.repeat(3000)}<p>Donate now to support our reporting.</p>${'</div>'.repeat(3000)}</article></body></html>`);
  writeFileSync(path.join(tmp, 'nul-and-bom.html'), `\ufeff<!doctype html><html><body><p>A\u0000B ${'x'.repeat(100)}</p><p>\ud800 lone surrogate</p></body></html>`);
  writeFileSync(path.join(tmp, 'not-html.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0x00]));
  writeFileSync(path.join(tmp, 'empty.html'), '');
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface CliReport { readonly appeals?: unknown; readonly partial?: unknown }

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI survives hostile pages', () => {
  it.each(['broken-calc.html', 'invalid-charset.html', 'xss-appeal.html'])('%s: exit 0 and a JSON report', (name) => {
    const r = runCli(['scan', path.join(HOSTILE, name), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as CliReport;
    expect(Array.isArray(report.appeals)).toBe(true);
    expect(typeof report.partial).toBe('boolean');
  });

  it.each(['broken-calc.html', 'invalid-charset.html', 'xss-appeal.html'])('%s: the donation box is still found, its text verbatim', (name) => {
    const r = runCli(['scan', path.join(HOSTILE, name), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const appeals = (JSON.parse(r.stdout) as { appeals: { kind: string; text: string }[] }).appeals;
    expect(appeals.map((a) => a.kind)).toContain('donation');
    if (name === 'xss-appeal.html') expect(appeals.find((a) => a.kind === 'donation')!.text).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('generated pages (3,000-deep nesting, NUL and BOM, binary data, empty file) in one batch: every page reported', () => {
    const names = ['deep.html', 'nul-and-bom.html', 'not-html.html', 'empty.html'];
    const r = runCli(['scan', ...names.map((n) => path.join(tmp, n)), '--jsonl']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(names.length);
    for (const line of lines) expect(Array.isArray((JSON.parse(line) as CliReport).appeals)).toBe(true);
  });
});
