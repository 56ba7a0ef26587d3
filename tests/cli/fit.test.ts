// The fitting code: recovers known weights from synthetic data, is deterministic, and picks
// a threshold from out-of-fold scores.
import { describe, expect, it } from 'vitest';
import { choleskySolve, fitLogistic, type Row } from '../../src/cli/train/fit.js';
import { chooseThreshold, DEFAULTS } from '../../src/cli/train/train.js';
import { FEATURES } from '../../src/core/model/features.js';
import type { Sample } from '../../src/cli/train/samples.js';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(weights: readonly number[], bias: number, n: number, seed: number): Row[] {
  const r = rng(seed);
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const x: number[] = weights.map(() => (r() < 0.4 ? 1 : 0));
    const z = bias + x.reduce((s, v, j) => s + v * weights[j]!, 0);
    rows.push({ x, y: r() < 1 / (1 + Math.exp(-z)) ? 1 : 0, w: 1 });
  }
  return rows;
}

describe('fitLogistic', () => {
  it('recovers the weights that generated the data', () => {
    const truth = [2, -1.5, 0, 1, -3];
    const m = fitLogistic(synthetic(truth, -0.5, 20_000, 7), truth.length, { l2: 0.01 });
    m.weights.forEach((w, i) => expect(Math.abs(w - truth[i]!)).toBeLessThan(0.2));
    expect(Math.abs(m.bias + 0.5)).toBeLessThan(0.2);
  });

  it('is deterministic', () => {
    const rows = synthetic([1, -1, 0.5], 0, 2_000, 3);
    expect(fitLogistic(rows, 3, { l2: 1 })).toEqual(fitLogistic(rows, 3, { l2: 1 }));
  });

  it('shrinks weights towards zero as the penalty grows', () => {
    const rows = synthetic([2, -2], 0, 2_000, 5);
    const loose = fitLogistic(rows, 2, { l2: 0.01 });
    const tight = fitLogistic(rows, 2, { l2: 500 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!) / 2);
  });

  it('leaves rows of weight 0 out', () => {
    const rows = synthetic([1.5], 0, 3_000, 9);
    const noise: Row[] = Array.from({ length: 3_000 }, () => ({ x: [1], y: 0, w: 0 }));
    expect(fitLogistic([...rows, ...noise], 1, { l2: 1 })).toEqual(fitLogistic(rows, 1, { l2: 1 }));
  });
});

describe('choleskySolve', () => {
  it('solves a symmetric positive definite system', () => {
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = choleskySolve(a, Float64Array.from([2, 3, 4]), 3);
    const back = [0, 1, 2].map((i) => a[i * 3]! * x[0]! + a[i * 3 + 1]! * x[1]! + a[i * 3 + 2]! * x[2]!);
    back.forEach((v, i) => expect(v).toBeCloseTo([2, 3, 4][i]!, 9));
  });
});

describe('chooseThreshold', () => {
  it('puts the cut between the classes when one feature separates them', () => {
    const d = FEATURES.length;
    const samples: Sample[] = [];
    for (let s = 0; s < 12; s++) {
      for (let i = 0; i < 30; i++) {
        const y = i < 3 ? 1 : 0;
        const x = new Array<number>(d).fill(0);
        x[0] = y;
        x[1] = i % 2;
        samples.push({ page: `p${s}`, site: `site${s}.example`, x, y, w: 1, kind: y ? 'donation' : null });
      }
    }
    const t = chooseThreshold(samples, DEFAULTS);
    expect(t).toBeGreaterThan(0.05);
    expect(t).toBeLessThan(0.95);
  });
});
