// Zero-skipping float32 product C[m,n] += A[m,k]·B[k,n] for a sparse A (MNIST pixels are ~80% zeros):
// each row of A is gathered to its non-zeros once, then C's row accumulates those rows of B with SIMD,
// 32 columns (8 vectors) at a time in registers. The engine's other sparse forms reduce to this one
// with a transposed copy (transpose.ts), except Aᵀ·B with a sparse B, which has its own kernel (sparseTN).

/** C[row at crow] += Σ_q val[q]·B[row idx[q]/n…] over `cnt` gathered non-zeros (idx holds byte offsets). */
// prettier-ignore
function axpyRow(b: usize, crow: usize, n: i32, idx: usize, val: usize, cnt: i32): void {
  let j = 0;
  for (; j + 32 <= n; j += 32) {
    const cj = crow + ((<usize>j) << 2);
    const bj = b + ((<usize>j) << 2);
    let x0 = v128.load(cj), x1 = v128.load(cj, 16), x2 = v128.load(cj, 32), x3 = v128.load(cj, 48);
    let x4 = v128.load(cj, 64), x5 = v128.load(cj, 80), x6 = v128.load(cj, 96), x7 = v128.load(cj, 112);
    for (let q = 0; q < cnt; q++) {
      const s = v128.load32_splat(val + ((<usize>q) << 2));
      const r = bj + <usize>load<u32>(idx + ((<usize>q) << 2));
      x0 = f32x4.add(x0, f32x4.mul(s, v128.load(r))); x1 = f32x4.add(x1, f32x4.mul(s, v128.load(r, 16)));
      x2 = f32x4.add(x2, f32x4.mul(s, v128.load(r, 32))); x3 = f32x4.add(x3, f32x4.mul(s, v128.load(r, 48)));
      x4 = f32x4.add(x4, f32x4.mul(s, v128.load(r, 64))); x5 = f32x4.add(x5, f32x4.mul(s, v128.load(r, 80)));
      x6 = f32x4.add(x6, f32x4.mul(s, v128.load(r, 96))); x7 = f32x4.add(x7, f32x4.mul(s, v128.load(r, 112)));
    }
    v128.store(cj, x0); v128.store(cj, x1, 16); v128.store(cj, x2, 32); v128.store(cj, x3, 48);
    v128.store(cj, x4, 64); v128.store(cj, x5, 80); v128.store(cj, x6, 96); v128.store(cj, x7, 112);
  }
  for (; j + 4 <= n; j += 4) {
    const cj = crow + ((<usize>j) << 2);
    const bj = b + ((<usize>j) << 2);
    let x = v128.load(cj);
    for (let q = 0; q < cnt; q++) {
      const s = v128.load32_splat(val + ((<usize>q) << 2));
      x = f32x4.add(x, f32x4.mul(s, v128.load(bj + <usize>load<u32>(idx + ((<usize>q) << 2)))));
    }
    v128.store(cj, x);
  }
  for (; j < n; j++) {
    const cj = crow + ((<usize>j) << 2);
    const bj = b + ((<usize>j) << 2);
    let x = load<f32>(cj);
    for (let q = 0; q < cnt; q++) {
      x += load<f32>(val + ((<usize>q) << 2)) * load<f32>(bj + <usize>load<u32>(idx + ((<usize>q) << 2)));
    }
    store<f32>(cj, x);
  }
}

/**
 * Gathers the non-zeros of `len` floats at src, src + stride, …: their values into `val` and their
 * positions times `scale` into `idx`; returns their count. Branch-free: every entry is written, and
 * the count advances only past non-zeros (MNIST's zeros come in unpredictable runs).
 */
function gather(src: usize, stride: usize, len: i32, scale: u32, idx: usize, val: usize): i32 {
  let cnt = 0;
  for (let p = 0; p < len; p++, src += stride) {
    const v = load<f32>(src);
    store<u32>(idx + ((<usize>cnt) << 2), <u32>p * scale);
    store<f32>(val + ((<usize>cnt) << 2), v);
    cnt += <i32>(v != 0);
  }
  return cnt;
}

/** C[m,n] += A[m,k]·B[k,n] over the non-zeros of A only. Scratch: idx and val of k entries each. */
export function sparseNN(
  a: usize,
  b: usize,
  c: usize,
  m: i32,
  k: i32,
  n: i32,
  idx: usize,
  val: usize,
): void {
  const rowBytes = (<usize>n) << 2;
  for (let i = 0; i < m; i++) {
    const cnt = gather(a + ((<usize>(i * k)) << 2), 4, k, <u32>rowBytes, idx, val);
    if (cnt > 0) axpyRow(b, c + <usize>i * rowBytes, n, idx, val, cnt);
  }
}

/** C[i0+l, j] += lane l of x, for the four lanes (a column of C: stride ldc bytes). */
function scatterAdd4(c: usize, ldc: usize, x: v128): void {
  store<f32>(c, load<f32>(c) + f32x4.extract_lane(x, 0));
  store<f32>(c + ldc, load<f32>(c + ldc) + f32x4.extract_lane(x, 1));
  store<f32>(c + 2 * ldc, load<f32>(c + 2 * ldc) + f32x4.extract_lane(x, 2));
  store<f32>(c + 3 * ldc, load<f32>(c + 3 * ldc) + f32x4.extract_lane(x, 3));
}

/** Column j of C: C[i, j] += Σ_q val[q]·A[row idx[q], i] for i < m, 16 rows (4 vectors) at a time. */
// prettier-ignore
function axpyColumn(a: usize, cj: usize, m: i32, ldc: usize, idx: usize, val: usize, cnt: i32): void {
  let i = 0;
  for (; i + 16 <= m; i += 16) {
    const ai = a + ((<usize>i) << 2);
    let x0 = f32x4.splat(0), x1 = f32x4.splat(0), x2 = f32x4.splat(0), x3 = f32x4.splat(0);
    for (let q = 0; q < cnt; q++) {
      const s = v128.load32_splat(val + ((<usize>q) << 2));
      const r = ai + <usize>load<u32>(idx + ((<usize>q) << 2));
      x0 = f32x4.add(x0, f32x4.mul(s, v128.load(r))); x1 = f32x4.add(x1, f32x4.mul(s, v128.load(r, 16)));
      x2 = f32x4.add(x2, f32x4.mul(s, v128.load(r, 32))); x3 = f32x4.add(x3, f32x4.mul(s, v128.load(r, 48)));
    }
    const ci = cj + <usize>i * ldc;
    scatterAdd4(ci, ldc, x0); scatterAdd4(ci + 4 * ldc, ldc, x1);
    scatterAdd4(ci + 8 * ldc, ldc, x2); scatterAdd4(ci + 12 * ldc, ldc, x3);
  }
  for (; i < m; i++) {
    const ai = a + ((<usize>i) << 2);
    let x: f32 = 0;
    for (let q = 0; q < cnt; q++)
      x += load<f32>(val + ((<usize>q) << 2)) * load<f32>(ai + <usize>load<u32>(idx + ((<usize>q) << 2)));
    const o = cj + <usize>i * ldc;
    store<f32>(o, load<f32>(o) + x);
  }
}

/**
 * C[m,n] += Aᵀ·B for A stored [k,m] (dense) and B [k,n] (sparse), without transposed copies: each
 * column of B is gathered to its non-zeros, and C's column j accumulates those rows of A.
 */
export function sparseTN(
  a: usize,
  b: usize,
  c: usize,
  m: i32,
  k: i32,
  n: i32,
  idx: usize,
  val: usize,
): void {
  const ldc = (<usize>n) << 2;
  for (let j = 0; j < n; j++) {
    const cnt = gather(b + ((<usize>j) << 2), ldc, k, <u32>(m << 2), idx, val);
    if (cnt > 0) axpyColumn(a, c + ((<usize>j) << 2), m, ldc, idx, val, cnt);
  }
}
