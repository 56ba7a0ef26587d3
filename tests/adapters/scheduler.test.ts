import { describe, expect, it } from 'vitest';
import { RescanScheduler, type SchedulerTimers } from '../../src/content/scheduler.js';

/** A fake clock with timers (and, optionally, an after-layout hook) for the scheduler. */
function fakeTimers(withLayout = false) {
  const clock = { t: 0 };
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const frames: (() => void)[] = [];
  const api: SchedulerTimers = {
    now: () => clock.t,
    setTimeout: (fn, ms) => { const id = next++; timers.push({ at: clock.t + ms, fn, id }); return id; },
    clearTimeout: (h) => { timers = timers.filter((x) => x.id !== h); },
    ...(withLayout ? { afterLayout: (fn: () => void) => { frames.push(fn); } } : {}),
  };
  const advance = (ms: number): void => {
    const end = clock.t + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > end) break;
      timers.shift();
      clock.t = Math.max(clock.t, due.at);
      due.fn();
    }
    clock.t = Math.max(clock.t, end);
  };
  const frame = (): void => { for (const f of frames.splice(0)) f(); };
  return { clock, api, advance, frame, pendingTimers: () => timers.length };
}

function harness(cost = 5, changed = () => false) {
  const { clock, api, advance } = fakeTimers();
  const runsAt: number[] = [];
  const s = new RescanScheduler(() => { runsAt.push(clock.t); clock.t += cost; return { changed: changed(), ms: cost }; }, api);
  return { s, advance, runsAt };
}

describe('RescanScheduler', () => {
  it('rescans once, 500 ms after the last of a burst of mutations', () => {
    const { s, advance, runsAt } = harness();
    for (let i = 0; i < 5; i++) { s.notify(); advance(100); }
    advance(1000);
    expect(runsAt).toEqual([900]);
  });

  it('never waits longer than maxWait while the page keeps mutating', () => {
    const { s, advance, runsAt } = harness();
    for (let i = 0; i < 30; i++) { s.notify(); advance(100); }
    expect(runsAt[0]).toBe(2000);
  });

  it('backs off exponentially while mutations never stop and nothing changes, and recovers after quiet', () => {
    const { s, advance, runsAt } = harness();
    for (let i = 0; i < 1200; i++) { s.notify(); advance(100); } // 120 s of constant mutation
    const gaps = runsAt.slice(1).map((v, i) => v - runsAt[i]!);
    expect(runsAt.length).toBeLessThan(12);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]! * 4);
    expect(s.currentBackoff).toBeGreaterThanOrEqual(16);
    advance(120_000); // the page goes quiet...
    const before = runsAt.length;
    s.notify(); // ...and a new appeal arrives: handled at the normal pace again
    advance(600);
    expect(runsAt.length).toBe(before + 1);
    expect(s.currentBackoff).toBe(1);
  });

  it('keeps scan time a small share of wall time when scans are expensive', () => {
    const { s, advance, runsAt } = harness(200, () => true); // 200 ms scans, results keep changing
    for (let i = 0; i < 200; i++) { s.notify(); advance(100); }
    const gaps = runsAt.slice(1).map((v, i) => v - runsAt[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000); // 200 ms / 0.1 duty
  });

  it('does nothing after stop, and cancelPending drops a queued scan', () => {
    const { s, advance, runsAt } = harness();
    s.notify();
    s.cancelPending();
    advance(5000);
    expect(runsAt).toEqual([]);
    s.notify();
    s.stop();
    advance(5000);
    s.notify();
    advance(5000);
    expect(runsAt).toEqual([]);
  });
});

describe('RescanScheduler: screened mutations', () => {
  it('a possible appeal is scanned within promptMs even deep into a back-off', () => {
    const { s, advance, runsAt } = harness();
    for (let i = 0; i < 600; i++) { s.notify('change'); advance(100); } // 60 s of noise: backed off
    expect(s.currentBackoff).toBeGreaterThanOrEqual(8);
    const before = runsAt.length;
    s.notify('prompt');
    for (let i = 0; i < 10; i++) { s.notify('change'); advance(100); } // the page keeps mutating
    expect(runsAt.length).toBe(before + 1);
    expect(runsAt.at(-1)! - 60_000).toBeLessThanOrEqual(200);
  });

  it('later hits do not postpone a pending prompt scan, and prompts are rate-limited', () => {
    const { s, advance, runsAt } = harness(5, () => true);
    s.notify('prompt');
    advance(100);
    s.notify('prompt');
    advance(100);
    expect(runsAt).toEqual([150]);
    for (let i = 0; i < 100; i++) { s.notify('prompt'); advance(100); } // an appeal every 100 ms for 10 s
    expect(runsAt.length).toBeLessThanOrEqual(1 + 10_000 / 2000 + 1);
    const gaps = runsAt.slice(1).map((v, i) => v - runsAt[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000);
  });

  it('prompt scans that keep finding nothing (a ticker with prices) space out, up to maxPromptGap', () => {
    const { s, advance, runsAt } = harness(5, () => false);
    for (let i = 0; i < 600; i++) { s.notify('prompt'); advance(100); } // 60 s
    const gaps = runsAt.slice(1).map((v, i) => v - runsAt[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(8000 + 200);
    expect(gaps.at(-1)!).toBeGreaterThanOrEqual(8000);
    expect(runsAt.length).toBeLessThan(14);
  });

  it('noise waits maxWait × noiseBackoff; an unclassified change keeps the plain maxWait', () => {
    const noise = harness();
    for (let i = 0; i < 100; i++) { noise.s.notify('noise'); noise.advance(100); }
    expect(noise.runsAt[0]).toBe(8000);
    const mixed = harness();
    for (let i = 0; i < 30; i++) { mixed.s.notify(i === 5 ? 'change' : 'noise'); mixed.advance(100); }
    expect(mixed.runsAt[0]).toBe(2000);
  });

  it('keeps the duty cap for prompt scans too', () => {
    const { s, advance, runsAt } = harness(300, () => true); // 300 ms scans
    s.notify('prompt');
    advance(1000);
    s.notify('prompt');
    advance(10_000);
    expect(runsAt.length).toBe(2);
    expect(runsAt[1]! - (runsAt[0]! + 300)).toBeGreaterThanOrEqual(3000);
  });
});

describe('RescanScheduler: scans wait for a fresh layout when the host can say when', () => {
  function withLayout() {
    const { clock, api, advance, frame, pendingTimers } = fakeTimers(true);
    const runsAt: number[] = [];
    const s = new RescanScheduler(() => { runsAt.push(clock.t); return { changed: false, ms: 5 }; }, api);
    return { s, advance, frame, runsAt, pendingTimers };
  }

  it('a due scan runs in the after-layout callback, once, however many mutations arrive meanwhile', () => {
    const { s, advance, frame, runsAt } = withLayout();
    s.notify('prompt');
    advance(200);
    expect(runsAt).toEqual([]); // due, but waiting for the frame
    for (let i = 0; i < 5; i++) { s.notify('noise'); s.notify('prompt'); }
    frame();
    expect(runsAt).toEqual([200]);
    frame();
    expect(runsAt).toHaveLength(1);
  });

  it('cancelPending and stop drop a scan that is waiting for layout', () => {
    const { s, advance, frame, runsAt } = withLayout();
    s.notify('prompt');
    advance(200);
    s.cancelPending();
    frame();
    expect(runsAt).toEqual([]);
    s.notify('prompt');
    advance(2500);
    s.stop();
    frame();
    expect(runsAt).toEqual([]);
  });
});
