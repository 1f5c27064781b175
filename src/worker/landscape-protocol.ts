/** Messages of the worker's landscape job (see landscape-job.ts). Structured-clone safe. */

/** What to compute. */
export interface LandscapeRequest {
  /** Training digits used for training and for the loss (the first `subset` of the split). */
  subset: number;
  /** Grid points per side of each plane. */
  grid: number;
  /** Hidden units of the 784-H-10 ReLU MLP. */
  hidden: number;
  /** Training epochs over the subset. */
  epochs: number;
  /** Seed of the weights, shuffles and directions. */
  seed: number;
  /** The random plane covers a, b ∈ [−span, span]. */
  span: number;
}

/** Where the job is. */
export interface LandscapeProgress {
  /** Current phase. */
  phase: 'loading' | 'training' | 'random' | 'trajectory';
  /** Units done in this phase (epochs or grid rows). */
  done: number;
  /** Units in this phase. */
  total: number;
}

/** Loss values on one plane through the trained weights. */
export interface LandscapePlane {
  /** Points per side. */
  n: number;
  /** n² losses, row-major, row 0 at yDomain[0]. */
  values: Float32Array;
  /** Range of the first coordinate. */
  xDomain: [number, number];
  /** Range of the second coordinate. */
  yDomain: [number, number];
  /** Lowest grid value and where it lies. */
  minimum: { x: number; y: number; loss: number };
  /** Loss at the trained weights (coordinates 0, 0). */
  centreLoss: number;
}

/** The job's result. */
export interface LandscapeResult {
  /** The plane of two random filter-normalised directions. */
  random: LandscapePlane;
  /** The plane of the top two principal directions of the weight history, with the path. */
  trajectory: LandscapePlane & {
    /** Each snapshot's (x, y) coordinates, flattened; the last is the trained weights (0, 0). */
    path: Float32Array;
    /** Share of the history's variance along each direction. */
    explained: [number, number];
  };
  /** Accuracy of the trained network on the subset. */
  trainAccuracy: number;
  /** Number of trainable parameters. */
  paramCount: number;
  /** Digits actually used. */
  subset: number;
  /** Milliseconds spent in each part. */
  ms: { train: number; slice: number; trajectory: number };
}
