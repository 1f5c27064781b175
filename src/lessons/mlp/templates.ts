/** Reading W₂ of the MNIST MLP: which of the 100 hidden templates a class weighs most, and which classes share them. */

/** One hidden unit's weight in a class's row of W₂. */
export interface RankedUnit {
  /** Hidden unit (row of W₁). */
  unit: number;
  /** W₂[class, unit]. */
  weight: number;
  /** Other classes that also rank this unit among their top `top`. */
  sharedWith: number[];
}

/** Units of W₂'s row `cls` ([classes, hidden], row-major) sorted by weight, largest first. */
export function rankUnits(
  w2: Float32Array,
  hidden: number,
  cls: number,
  top: number,
): RankedUnit[] {
  const classes = w2.length / hidden;
  const order = (c: number) =>
    Array.from({ length: hidden }, (_, j) => j).sort(
      (a, b) => w2[c * hidden + b] - w2[c * hidden + a],
    );
  const tops = Array.from({ length: classes }, (_, c) => new Set(order(c).slice(0, top)));
  return order(cls).map((unit) => ({
    unit,
    weight: w2[cls * hidden + unit],
    sharedWith: tops.flatMap((set, c) => (c !== cls && set.has(unit) ? [c] : [])),
  }));
}
