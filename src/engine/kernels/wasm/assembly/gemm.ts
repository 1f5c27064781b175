// Dense float32 C[m,n] += op(A)·op(B) with 128-bit SIMD, for the three forms the engine uses
// (A·B, A·Bᵀ, Aᵀ·B). GotoBLAS-style: pack a KC-deep slice of A into MR-row panels and of B into
// NR-column panels (zero-padded), then a 4×8 register-blocked micro-kernel sweeps the panels.
// All pointers are byte offsets into linear memory; the JavaScript side lays the buffers out.
import { block4 } from './transpose';

/** Rows of A per panel (one f32 splat each). */
const MR: i32 = 4;
/** Columns of B per panel (two f32x4 vectors). */
const NR: i32 = 8;
/** Depth of one packed slice: a B panel (KC·NR·4 = 8 KB) stays in L1 while A's panels stream. */
const KC: i32 = 256;

/** The packing depth KC, so the caller can size the packed scratch buffers. */
export function blockDepth(): i32 {
  return KC;
}

/** Element (i, p) of A stored [m,k], or [k,m] when `trans` (0 past row m: panel padding). */
function elemA(a: usize, m: i32, k: i32, i: i32, p: i32, trans: bool): f32 {
  if (i >= m) return 0;
  return load<f32>(a + ((<usize>(trans ? p * m + i : i * k + p)) << 2));
}

/** Element (p, j) of B stored [k,n], or [n,k] when `trans` (0 past column n: panel padding). */
function elemB(b: usize, k: i32, n: i32, p: i32, j: i32, trans: bool): f32 {
  if (j >= n) return 0;
  return load<f32>(b + ((<usize>(trans ? j * k + p : p * n + j)) << 2));
}

/** Packs A[i, p0+p] (A stored [m,k], or [k,m] when `trans`) into MR-row panels ap[(ib·kc + p)·MR + r]. */
function packA(a: usize, ap: usize, m: i32, k: i32, p0: i32, kc: i32, trans: bool): void {
  for (let i0 = 0; i0 < m; i0 += MR) {
    const panel = ap + ((<usize>(i0 * kc)) << 2);
    let p = 0;
    if (i0 + MR <= m && trans) {
      // NOTE: Aᵀ stored [k,m]: the panel's 4 rows at depth p are 4 consecutive floats.
      for (; p < kc; p++)
        v128.store(panel + ((<usize>p) << 4), v128.load(a + ((<usize>((p0 + p) * m + i0)) << 2)));
    } else if (i0 + MR <= m) {
      // NOTE: A stored [m,k]: 4×4 blocks transposed in registers.
      for (; p + 4 <= kc; p += 4)
        block4(
          a + ((<usize>(i0 * k + p0 + p)) << 2),
          panel + ((<usize>p) << 4),
          (<usize>k) << 2,
          16,
        );
    }
    for (; p < kc; p++)
      for (let r = 0; r < MR; r++)
        store<f32>(panel + ((<usize>(p * MR + r)) << 2), elemA(a, m, k, i0 + r, p0 + p, trans));
  }
}

/** Packs B[p0+p, j] (B stored [k,n], or [n,k] when `trans`) into NR-column panels bp[(jb·kc + p)·NR + c]. */
function packB(b: usize, bp: usize, k: i32, n: i32, p0: i32, kc: i32, trans: bool): void {
  for (let j0 = 0; j0 < n; j0 += NR) {
    const panel = bp + ((<usize>(j0 * kc)) << 2);
    let p = 0;
    if (j0 + NR <= n && !trans) {
      for (; p < kc; p++) {
        const src = b + ((<usize>((p0 + p) * n + j0)) << 2);
        v128.store(panel + ((<usize>p) << 5), v128.load(src));
        v128.store(panel + ((<usize>p) << 5), v128.load(src, 16), 16);
      }
    } else if (j0 + NR <= n) {
      // NOTE: B stored [n,k]: two 4×4 blocks (columns j0…j0+3 and j0+4…j0+7) per 4 depths.
      const row = (<usize>k) << 2;
      for (; p + 4 <= kc; p += 4) {
        const src = b + ((<usize>(j0 * k + p0 + p)) << 2);
        block4(src, panel + ((<usize>p) << 5), row, 32);
        block4(src + 4 * row, panel + ((<usize>p) << 5) + 16, row, 32);
      }
    }
    for (; p < kc; p++)
      for (let c = 0; c < NR; c++)
        store<f32>(panel + ((<usize>(p * NR + c)) << 2), elemB(b, k, n, p0 + p, j0 + c, trans));
  }
}

/** C[4×8 tile at c, row stride ldc bytes] += Σ_p ap[p]ᵀ·bp[p]: 8 accumulators, 2 B loads and 4 splats per step. */
// prettier-ignore
function kernel4x8(ap: usize, bp: usize, c: usize, ldc: usize, kc: i32): void {
  const c1 = c + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
  let x00 = v128.load(c), x01 = v128.load(c, 16);
  let x10 = v128.load(c1), x11 = v128.load(c1, 16);
  let x20 = v128.load(c2), x21 = v128.load(c2, 16);
  let x30 = v128.load(c3), x31 = v128.load(c3, 16);
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(bp), b1 = v128.load(bp, 16);
    let a = v128.load32_splat(ap);
    x00 = f32x4.add(x00, f32x4.mul(a, b0)); x01 = f32x4.add(x01, f32x4.mul(a, b1));
    a = v128.load32_splat(ap, 4);
    x10 = f32x4.add(x10, f32x4.mul(a, b0)); x11 = f32x4.add(x11, f32x4.mul(a, b1));
    a = v128.load32_splat(ap, 8);
    x20 = f32x4.add(x20, f32x4.mul(a, b0)); x21 = f32x4.add(x21, f32x4.mul(a, b1));
    a = v128.load32_splat(ap, 12);
    x30 = f32x4.add(x30, f32x4.mul(a, b0)); x31 = f32x4.add(x31, f32x4.mul(a, b1));
    ap += 16;
    bp += 32;
  }
  v128.store(c, x00); v128.store(c, x01, 16);
  v128.store(c1, x10); v128.store(c1, x11, 16);
  v128.store(c2, x20); v128.store(c2, x21, 16);
  v128.store(c3, x30); v128.store(c3, x31, 16);
}

/** A partial tile at the right or bottom edge: computed in the 4×8 scratch `tile`, then its `rows`×`cols` part added to C. */
function edgeTile(
  ap: usize,
  bp: usize,
  c: usize,
  n: i32,
  kc: i32,
  rows: i32,
  cols: i32,
  tile: usize,
): void {
  for (let q = 0; q < MR * NR; q += 4) v128.store(tile + ((<usize>q) << 2), f32x4.splat(0));
  kernel4x8(ap, bp, tile, NR << 2, kc);
  for (let r = 0; r < rows; r++) {
    for (let cc = 0; cc < cols; cc++) {
      const o = c + ((<usize>(r * n + cc)) << 2);
      store<f32>(o, load<f32>(o) + load<f32>(tile + ((<usize>(r * NR + cc)) << 2)));
    }
  }
}

/** Sweeps all packed panels of one KC slice: C += Ap·Bp. */
function sweep(ap: usize, bp: usize, c: usize, m: i32, n: i32, kc: i32, tile: usize): void {
  const ldc = (<usize>n) << 2;
  for (let j0 = 0; j0 < n; j0 += NR) {
    const bpj = bp + ((<usize>(j0 * kc)) << 2);
    const cols = min(NR, n - j0);
    for (let i0 = 0; i0 < m; i0 += MR) {
      const api = ap + ((<usize>(i0 * kc)) << 2);
      const ct = c + ((<usize>(i0 * n + j0)) << 2);
      const rows = min(MR, m - i0);
      if (rows == MR && cols == NR) kernel4x8(api, bpj, ct, ldc, kc);
      else edgeTile(api, bpj, ct, n, kc, rows, cols, tile);
    }
  }
}

/**
 * C[m,n] += op(A)·op(B) with op(A) [m,k] and op(B) [k,n]: A is stored [k,m] when `transA`, B is stored
 * [n,k] when `transB`. Scratch: ap ≥ ⌈m/4⌉·4·KC floats, bp ≥ ⌈n/8⌉·8·KC floats, tile 32 floats (16-byte aligned).
 */
export function gemm(
  a: usize,
  b: usize,
  c: usize,
  m: i32,
  k: i32,
  n: i32,
  transA: bool,
  transB: bool,
  ap: usize,
  bp: usize,
  tile: usize,
): void {
  // NOTE: equal slices (784 = 4 × 196, not 3 × 256 + 16), rounded to 4 for the 4×4 packing blocks.
  const slices = (k + KC - 1) / KC;
  const step = ((k + slices - 1) / slices + 3) & ~3;
  for (let p0 = 0; p0 < k; p0 += step) {
    const kc = min(step, k - p0);
    packA(a, ap, m, k, p0, kc, transA);
    packB(b, bp, k, n, p0, kc, transB);
    sweep(ap, bp, c, m, n, kc, tile);
  }
}
