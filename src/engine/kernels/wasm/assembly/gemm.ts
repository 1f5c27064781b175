// Dense float32 C[m,n] += op(A)·op(B) with 128-bit SIMD, for the three forms the engine uses
// (A·B, A·Bᵀ, Aᵀ·B). GotoBLAS-style: pack a KC-deep slice of A into MR-row panels and of B into
// NR-column panels (zero-padded), then a 4×8 register-blocked micro-kernel sweeps the panels.
// All pointers are byte offsets into linear memory; the JavaScript side lays the buffers out.

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

/** Packs A[i, p0+p] (A stored [m,k], or [k,m] when `trans`) into MR-row panels ap[(ib·kc + p)·MR + r]. */
function packA(a: usize, ap: usize, m: i32, k: i32, p0: i32, kc: i32, trans: bool): void {
  const panels = (m + MR - 1) / MR;
  for (let ib = 0; ib < panels; ib++) {
    const i0 = ib * MR;
    const full = i0 + MR <= m;
    let dst = ap + ((<usize>(ib * kc)) << 4);
    for (let p = 0; p < kc; p++, dst += 16) {
      if (trans && full) {
        v128.store(dst, v128.load(a + ((<usize>((p0 + p) * m + i0)) << 2)));
        continue;
      }
      for (let r = 0; r < MR; r++) {
        const i = i0 + r;
        let v: f32 = 0;
        if (i < m) v = load<f32>(a + ((<usize>(trans ? (p0 + p) * m + i : i * k + p0 + p)) << 2));
        store<f32>(dst + ((<usize>r) << 2), v);
      }
    }
  }
}

/** Packs B[p0+p, j] (B stored [k,n], or [n,k] when `trans`) into NR-column panels bp[(jb·kc + p)·NR + c]. */
function packB(b: usize, bp: usize, k: i32, n: i32, p0: i32, kc: i32, trans: bool): void {
  const panels = (n + NR - 1) / NR;
  for (let jb = 0; jb < panels; jb++) {
    const j0 = jb * NR;
    const full = j0 + NR <= n;
    let dst = bp + ((<usize>(jb * kc)) << 5);
    for (let p = 0; p < kc; p++, dst += 32) {
      if (!trans && full) {
        const src = b + ((<usize>((p0 + p) * n + j0)) << 2);
        v128.store(dst, v128.load(src));
        v128.store(dst, v128.load(src, 16), 16);
        continue;
      }
      for (let c = 0; c < NR; c++) {
        const j = j0 + c;
        let v: f32 = 0;
        if (j < n) v = load<f32>(b + ((<usize>(trans ? j * k + p0 + p : (p0 + p) * n + j)) << 2));
        store<f32>(dst + ((<usize>c) << 2), v);
      }
    }
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
  for (let p0 = 0; p0 < k; p0 += KC) {
    const kc = min(KC, k - p0);
    packA(a, ap, m, k, p0, kc, transA);
    packB(b, bp, k, n, p0, kc, transB);
    sweep(ap, bp, c, m, n, kc, tile);
  }
}
