import { describe, expect, it } from 'vitest';
import { LIMITS, parseBackgroundRequest, parseContentCommand } from '../../src/shared/messages.js';
import { makeReport } from './helpers.js';

const report = makeReport;

describe('parseBackgroundRequest', () => {
  it('accepts each well-formed request', () => {
    const ok = [
      { type: 'report', report: report() },
      { type: 'getTabState' }, { type: 'getTabState', tabId: 3 },
      { type: 'setSiteEnabled', site: 'https://example.com', enabled: true, tabId: 4 },
      { type: 'setSupporter', site: 'https://example.com', supporter: false },
      { type: 'setMode', mode: 'hide' }, { type: 'setAllSites', enabled: false }, { type: 'scanOnce', tabId: 1 },
      { type: 'getSettings' }, { type: 'importSettings', text: '{}' }, { type: 'dismissNotice' },
    ];
    for (const m of ok) expect(parseBackgroundRequest(m), JSON.stringify(m)).toEqual(m);
  });

  it.each([
    ['null', null], ['a string', 'report'], ['an array', [{ type: 'report' }]], ['no type', { report: report() }],
    ['an unknown type', { type: 'eval', code: '1' }], ['a content command', { type: 'content:off' }],
    ['an extra field', { type: 'setMode', mode: 'hide', tabId: 1 }],
    ['a payload url (tab and URL come from the sender)', { type: 'report', report: report(), url: 'https://evil.example' }],
    ['a bad mode', { type: 'setMode', mode: 'explode' }],
    ['a non-site origin', { type: 'setSiteEnabled', site: 'https://example.com/path', enabled: true }],
    ['a javascript: site', { type: 'setSupporter', site: 'javascript:alert(1)', supporter: true }],
    ['a negative tab', { type: 'scanOnce', tabId: -1 }], ['a fractional tab', { type: 'getTabState', tabId: 1.5 }],
    ['a string tab', { type: 'scanOnce', tabId: '1' }],
    ['a bad kind', { type: 'report', report: report({ appeals: [{ ...report().appeals[0]!, kind: 'scam' as never }] }) }],
    ['confidence > 1', { type: 'report', report: report({ appeals: [{ ...report().appeals[0]!, confidence: 2 }] }) }],
    ['duplicate appeal ids', { type: 'report', report: report({ appeals: [report().appeals[0]!, report().appeals[0]!] }) }],
    ['an appeal with markup field', { type: 'report', report: report({ appeals: [{ ...report().appeals[0]!, html: '<b>' } as never] }) }],
    ['NaN ms', { type: 'report', report: report({ ms: Number.NaN }) }],
  ])('refuses %s', (_name, m) => {
    expect(parseBackgroundRequest(m)).toBeNull();
  });

  it('refuses oversized reports: too many appeals, too long strings, too many reasons', () => {
    const a = report().appeals[0]!;
    const many = Array.from({ length: LIMITS.appeals + 1 }, (_, i) => ({ ...a, id: `a${i}` }));
    expect(parseBackgroundRequest({ type: 'report', report: report({ appeals: many }) })).toBeNull();
    expect(parseBackgroundRequest({ type: 'report', report: report({ appeals: [{ ...a, excerpt: 'x'.repeat(LIMITS.excerpt + 1) }] }) })).toBeNull();
    expect(parseBackgroundRequest({ type: 'report', report: report({ appeals: [{ ...a, reasons: Array(LIMITS.reasons + 1).fill('r') }] }) })).toBeNull();
    expect(parseBackgroundRequest({ type: 'report', report: report({ title: 't'.repeat(LIMITS.title + 1) }) })).toBeNull();
    // Each field within its cap, but the whole over the total JSON cap.
    const fat = Array.from({ length: LIMITS.appeals }, (_, i) => ({ ...a, id: `a${i}`, excerpt: 'x'.repeat(LIMITS.excerpt), reasons: Array(LIMITS.reasons).fill('r'.repeat(100)) }));
    expect(parseBackgroundRequest({ type: 'report', report: report({ appeals: fat }) })).toBeNull();
    expect(parseBackgroundRequest({ type: 'importSettings', text: 'x'.repeat(LIMITS.importText + 1) })).toBeNull();
  });

  it('never throws, even on hostile objects', () => {
    const cyclic: Record<string, unknown> = { type: 'report' };
    cyclic['report'] = cyclic;
    const throwing = { get type(): string { throw new Error('boom'); } };
    const proxy = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
    for (const m of [cyclic, throwing, proxy]) expect(() => parseBackgroundRequest(m)).not.toThrow();
    expect(parseBackgroundRequest(cyclic)).toBeNull();
  });
});

describe('parseContentCommand', () => {
  it('accepts the three commands and nothing else', () => {
    expect(parseContentCommand({ type: 'content:off' })).toEqual({ type: 'content:off' });
    expect(parseContentCommand({ type: 'content:show', appealId: 'a2' })).toEqual({ type: 'content:show', appealId: 'a2' });
    expect(parseContentCommand({ type: 'content:rescan' })).toEqual({ type: 'content:rescan' });
    expect(parseContentCommand({ type: 'content:show' })).toBeNull();
    expect(parseContentCommand({ type: 'content:show', appealId: 'x'.repeat(100) })).toBeNull();
    expect(parseContentCommand({ type: 'report', report: report() })).toBeNull();
    expect(parseContentCommand({ type: 'content:off', extra: 1 })).toBeNull();
  });
});
