// L2-regularised logistic regression by Newton's method (iteratively reweighted least squares),
// on sparse rows. Deterministic: no randomness, a fixed order, a fixed stopping rule.
import type { LinearModel } from '../../core/model/types.js';

export interface Row {
  /** Feature values (dense); zeros are skipped. */
  readonly x: ArrayLike<number>;
  readonly y: 0 | 1;
  /** Sample weight (0 leaves the row out). */
  readonly w: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not on the bias), towards `prior`. */
  readonly l2: number;
  /** The weights the penalty pulls towards (default: all zero). */
  readonly prior?: readonly number[];
  readonly maxIterations?: number;
  /** Stop when no weight moves by more than this. */
  readonly tolerance?: number;
}

interface Sparse { readonly idx: Int32Array; readonly val: Float64Array; readonly y: number; readonly w: number }

function sparse(rows: readonly Row[], d: number): Sparse[] {
  const out: Sparse[] = [];
  for (const r of rows) {
    if (!(r.w > 0)) continue;
    const idx: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < d; i++) {
      const v = r.x[i] ?? 0;
      if (v !== 0) { idx.push(i); val.push(v); }
    }
    // The bias is the last column.
    idx.push(d);
    val.push(1);
    out.push({ idx: Int32Array.from(idx), val: Float64Array.from(val), y: r.y, w: r.w });
  }
  return out;
}

/** Solves A x = b for symmetric positive definite A (n×n, row-major) by Cholesky. */
export function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) l[i * n + i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i * n + j] = s / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function fitLogistic(rows: readonly Row[], d: number, opts: FitOptions): LinearModel {
  const data = sparse(rows, d);
  const n = d + 1;
  const beta = new Float64Array(n);
  const maxIt = opts.maxIterations ?? 50;
  const tol = opts.tolerance ?? 1e-7;
  for (let it = 0; it < maxIt; it++) {
    const h = new Float64Array(n * n);
    const g = new Float64Array(n);
    for (const r of data) {
      let z = 0;
      for (let a = 0; a < r.idx.length; a++) z += beta[r.idx[a]!]! * r.val[a]!;
      const p = sigmoid(z);
      const s = Math.max(p * (1 - p), 1e-9) * r.w;
      const e = (p - r.y) * r.w;
      for (let a = 0; a < r.idx.length; a++) {
        const ia = r.idx[a]!;
        const va = r.val[a]!;
        g[ia]! += e * va;
        for (let c = 0; c <= a; c++) h[ia * n + r.idx[c]!]! += s * va * r.val[c]!;
      }
    }
    // Indices are increasing within a row, so only the lower triangle was filled: mirror it.
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) h[j * n + i] = h[i * n + j]!;
    for (let i = 0; i < d; i++) {
      h[i * n + i]! += opts.l2;
      g[i]! += opts.l2 * (beta[i]! - (opts.prior?.[i] ?? 0));
    }
    h[d * n + d]! += 1e-6;
    const step = choleskySolve(h, g, n);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      beta[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < tol) break;
  }
  return { bias: beta[d]!, weights: Array.from(beta.subarray(0, d)) };
}
