// Zero-skipping float32 product C[m,n] += A[m,k]·B[k,n] for a sparse A (MNIST pixels are ~80% zeros):
// each row of A is gathered to its non-zeros once, then C's row accumulates those rows of B with SIMD,
// 32 columns (8 vectors) at a time in registers. The engine's other sparse forms reduce to this one
// with a transposed copy (see transpose below).

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
    const arow = a + ((<usize>(i * k)) << 2);
    let cnt = 0;
    for (let p = 0; p < k; p++) {
      const v = load<f32>(arow + ((<usize>p) << 2));
      if (v != 0) {
        store<u32>(idx + ((<usize>cnt) << 2), <u32>(<usize>p * rowBytes));
        store<f32>(val + ((<usize>cnt) << 2), v);
        cnt++;
      }
    }
    if (cnt > 0) axpyRow(b, c + <usize>i * rowBytes, n, idx, val, cnt);
  }
}

/** Tile edge of the blocked transposes: 16×16 floats keep reads and writes within a few cache lines. */
const T: i32 = 16;

/** dst[cols, rows] = srcᵀ for src [rows, cols]. */
export function transpose(src: usize, dst: usize, rows: i32, cols: i32): void {
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = min(c0 + T, cols);
      for (let r = r0; r < r1; r++)
        for (let c = c0; c < c1; c++)
          store<f32>(
            dst + ((<usize>(c * rows + r)) << 2),
            load<f32>(src + ((<usize>(r * cols + c)) << 2)),
          );
    }
  }
}

/** dst[m,n] += srcᵀ for src [n,m]. */
export function addTransposed(src: usize, dst: usize, m: i32, n: i32): void {
  for (let i0 = 0; i0 < m; i0 += T) {
    const i1 = min(i0 + T, m);
    for (let j0 = 0; j0 < n; j0 += T) {
      const j1 = min(j0 + T, n);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          const o = dst + ((<usize>(i * n + j)) << 2);
          store<f32>(o, load<f32>(o) + load<f32>(src + ((<usize>(j * m + i)) << 2)));
        }
      }
    }
  }
}
