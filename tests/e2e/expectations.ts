// Assertions shared by the Chromium and Firefox suites; they take plain data read from the pages.
import { expect } from 'vitest';
import { PRIMARY_KINDS } from '../../src/core/types.js';
import type { FlagState, PageSnapshot, PopupState } from './probes.js';

const isPrimary = (kind: string | null): boolean => kind !== null && (PRIMARY_KINDS as readonly string[]).includes(kind);

/** Distinct appeal ids of the primary (donation/subscription/paywall) flags on the page. */
export function primaryFlagIds(st: FlagState): string[] {
  return [...new Set(st.flagged.filter((f) => isPrimary(f.kind)).map((f) => f.flag))].sort();
}

/** The page is flagged and self-consistent: count attribute = distinct primary flags, one UI host, a chip per appeal. */
export function expectFlaggedPage(st: FlagState): number {
  expect(st.on, 'html[data-appeal-spotter]').toBe('on');
  expect(st.count, 'html[data-appeal-spotter-count]').toMatch(/^\d+$/);
  const n = Number(st.count);
  const ids = primaryFlagIds(st);
  expect(ids, 'distinct primary appeal ids flagged in the page').toHaveLength(n);
  expect(st.uiHosts, 'exactly one [data-appeal-spotter-ui] host').toBe(1);
  const chipIds = new Set(st.chips.map((c) => c.appealId));
  for (const id of ids) expect(chipIds.has(id), `a .chip[data-appeal-id="${id}"] in the shadow root`).toBe(true);
  return n;
}

/** The popup lists exactly the page's primary appeals, each with kind, excerpt, confidence, reasons and a Show button. */
export function expectPopupLists(ps: PopupState, st: FlagState): void {
  const ids = primaryFlagIds(st);
  expect(ps.state).toBe('found');
  expect(ps.count).toBe(String(ids.length));
  expect(ps.toggleChecked).toBe(true);
  const primary = ps.appeals.filter((a) => isPrimary(a.kind));
  expect(primary.map((a) => a.id ?? '').sort()).toEqual(ids);
  for (const a of primary) {
    expect(a.kindText, `kind label of ${a.id}`).not.toBe('');
    expect(a.excerpt.trim(), `excerpt of ${a.id}`).not.toBe('');
    expect(a.confidence, `confidence of ${a.id}`).not.toBe('');
    expect(a.reasons.length, `reasons of ${a.id}`).toBeGreaterThan(0);
    for (const r of a.reasons) expect(r).not.toBe('');
    expect(a.hasShow, `Show button of ${a.id}`).toBe(true);
  }
}

/** Nothing of the extension is left and the page reads and serialises exactly as before. */
export function expectRestored(st: FlagState, now: PageSnapshot, pristine: PageSnapshot): void {
  expect(st.on).toBeNull();
  expect(st.count).toBeNull();
  expect(st.flagged).toEqual([]);
  expect(st.uiHosts).toBe(0);
  expect(now.text).toBe(pristine.text);
  expect(now.html).toBe(pristine.html);
  expect(now.rootAttrs).toEqual(pristine.rootAttrs);
  expect(now.rootChildren).toBe(pristine.rootChildren);
}

/** A page the extension has not touched (site off). */
export function expectUntouched(st: FlagState): void {
  expect(st.on).toBeNull();
  expect(st.flagged).toEqual([]);
  expect(st.uiHosts).toBe(0);
}
