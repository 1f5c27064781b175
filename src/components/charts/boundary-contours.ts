/**
 * Exact-looking decision boundaries from class scores: for each class k the margin
 * s_k − max_{j≠k} s_j is contoured at 0 by marching squares (d3-contour), whose linear
 * interpolation traces a linear model's boundary lines exactly. Pure geometry, no DOM.
 */
import { contours, type ContourMultiPolygon } from 'd3';

/** Class scores sampled at cell centres of a square grid that covers `xDomain` × `yDomain`. */
export interface ScoreField {
  /** Samples per side. */
  size: number;
  /** Scores per sample. */
  classes: number;
  /** size² × classes scores, row-major, row 0 at the TOP (largest y). */
  values: Float32Array;
  /** x range the grid's cells cover. */
  xDomain: [number, number];
  /** y range the grid's cells cover. */
  yDomain: [number, number];
}

/** One class's region as polygons in data units (outer rings and holes). */
export interface ClassRegion {
  /** Class index. */
  label: number;
  /** Polygons: each a list of rings of [x, y] points. */
  polygons: [number, number][][][];
}

/** s_k − max_{j≠k} s_j at every sample: positive exactly where class k wins. */
export function marginOf(field: ScoreField, k: number): Float64Array {
  const { size, classes, values } = field;
  const out = new Float64Array(size * size);
  for (let i = 0; i < size * size; i++) {
    let other = -Infinity;
    for (let j = 0; j < classes; j++) if (j !== k) other = Math.max(other, values[i * classes + j]);
    out[i] = values[i * classes + k] - other;
  }
  return out;
}

/** The region of each class, in data units (grid sample (c, r) sits at the centre of cell (c, r)). */
export function classRegions(field: ScoreField): ClassRegion[] {
  const { size, xDomain, yDomain } = field;
  const toX = (gx: number) => xDomain[0] + (gx / size) * (xDomain[1] - xDomain[0]);
  const toY = (gy: number) => yDomain[1] - (gy / size) * (yDomain[1] - yDomain[0]);
  const gen = contours().size([size, size]).thresholds([0]).smooth(true);
  return Array.from({ length: field.classes }, (_, k) => {
    const [shape] = gen(Array.from(marginOf(field, k))) as ContourMultiPolygon[];
    // NOTE: d3-contour puts sample i at i + ½ after its own half-cell shift; ring points map back linearly.
    const polygons = (shape?.coordinates ?? []).map((poly) =>
      poly.map((ring) => ring.map(([gx, gy]) => [toX(gx), toY(gy)] as [number, number])),
    );
    return { label: k, polygons };
  });
}
