// Blocked transpose for the sparse forms that need one operand in the other layout: 4×4 blocks
// transposed in registers with shuffles, inside 16×16 tiles that keep reads and writes in cache.

/** Tile edge in floats. */
const T: i32 = 16;

/** dst[c..c+4, r..r+4] = src[r..r+4, c..c+4]ᵀ: four row loads, eight shuffles, four column stores. */
// prettier-ignore
export function block4(src: usize, dst: usize, srcRow: usize, dstRow: usize): void {
  const v0 = v128.load(src), v1 = v128.load(src + srcRow);
  const v2 = v128.load(src + 2 * srcRow), v3 = v128.load(src + 3 * srcRow);
  const t0 = v128.shuffle<f32>(v0, v1, 0, 4, 1, 5), t1 = v128.shuffle<f32>(v0, v1, 2, 6, 3, 7);
  const t2 = v128.shuffle<f32>(v2, v3, 0, 4, 1, 5), t3 = v128.shuffle<f32>(v2, v3, 2, 6, 3, 7);
  v128.store(dst, v128.shuffle<f32>(t0, t2, 0, 1, 4, 5));
  v128.store(dst + dstRow, v128.shuffle<f32>(t0, t2, 2, 3, 6, 7));
  v128.store(dst + 2 * dstRow, v128.shuffle<f32>(t1, t3, 0, 1, 4, 5));
  v128.store(dst + 3 * dstRow, v128.shuffle<f32>(t1, t3, 2, 3, 6, 7));
}

/** The entries of rows [r0, r1) × columns [c0, c1) one by one (tile edges). */
function scalarPart(
  src: usize,
  dst: usize,
  rows: i32,
  cols: i32,
  r0: i32,
  r1: i32,
  c0: i32,
  c1: i32,
): void {
  for (let r = r0; r < r1; r++)
    for (let c = c0; c < c1; c++)
      store<f32>(
        dst + ((<usize>(c * rows + r)) << 2),
        load<f32>(src + ((<usize>(r * cols + c)) << 2)),
      );
}

/** dst[cols, rows] = srcᵀ for src [rows, cols]. */
export function transpose(src: usize, dst: usize, rows: i32, cols: i32): void {
  const srcRow = (<usize>cols) << 2;
  const dstRow = (<usize>rows) << 2;
  const rows4 = rows & ~3;
  const cols4 = cols & ~3;
  for (let r0 = 0; r0 < rows4; r0 += T) {
    const r1 = min(r0 + T, rows4);
    for (let c0 = 0; c0 < cols4; c0 += T) {
      const c1 = min(c0 + T, cols4);
      for (let r = r0; r < r1; r += 4)
        for (let c = c0; c < c1; c += 4)
          block4(
            src + ((<usize>(r * cols + c)) << 2),
            dst + ((<usize>(c * rows + r)) << 2),
            srcRow,
            dstRow,
          );
    }
  }
  scalarPart(src, dst, rows, cols, 0, rows4, cols4, cols);
  scalarPart(src, dst, rows, cols, rows4, rows, 0, cols);
}
