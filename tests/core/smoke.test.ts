// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';

describe('scan (smoke)', () => {
  it('returns a report for an empty document', () => {
    const r = scan(document);
    expect(r.partial).toBe(false);
    expect(Array.isArray(r.appeals)).toBe(true);
  });
});
