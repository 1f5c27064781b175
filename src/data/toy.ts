/** Seeded 2D toy datasets (blobs, XOR, circles, moons, spirals) with points in roughly [−1, 1]². */
import { createRng, type Rng } from '../engine';

/** Names of the toy datasets. */
export type ToyName = 'blobs' | 'xor' | 'circles' | 'moons' | 'spirals';

/** Labelled 2D points. */
export interface ToyDataset {
  /** `count * 2` coordinates, point after point (x0, y0, x1, y1, …). */
  x: Float32Array;
  /** `count` class labels in 0..classes-1. */
  y: Uint8Array;
  /** Number of classes. */
  classes: number;
  /** Number of points. */
  count: number;
}

/** Options of {@link makeToy}. */
export interface ToyOptions {
  /** Number of points. */
  n: number;
  /** Seed: the same seed gives the same points. */
  seed: number;
  /** Standard deviation of the Gaussian jitter added to each point (default 0.1). */
  noise?: number;
  /** Number of classes for blobs and spirals (default 3 for blobs, 2 for spirals); XOR and circles have 2. */
  classes?: number;
}

type Generator = (i: number, classes: number, rng: Rng) => [number, number, number];

/** Blob centres on a circle of radius 0.6; point i belongs to class i mod k. */
const blob: Generator = (i, k) => {
  const c = i % k;
  const a = (2 * Math.PI * c) / k;
  return [0.6 * Math.cos(a), 0.6 * Math.sin(a), c];
};

/** Uniform points kept 0.05 away from the axes; class 1 when x and y have opposite signs. */
const xor: Generator = (_i, _k, rng) => {
  const coord = () => (rng.next() < 0.5 ? -1 : 1) * (0.05 + 0.9 * rng.next());
  const px = coord();
  const py = coord();
  return [px, py, px * py < 0 ? 1 : 0];
};

/** Class 0 inside radius 0.4, class 1 in the ring 0.6..0.95. */
const circle: Generator = (i, _k, rng) => {
  const c = i % 2;
  const r = c === 0 ? 0.4 * Math.sqrt(rng.next()) : 0.6 + 0.35 * rng.next();
  const a = 2 * Math.PI * rng.next();
  return [r * Math.cos(a), r * Math.sin(a), c];
};

/**
 * Two interleaved half circles: class 0 is (cos t, sin t), class 1 is (1 − cos t, ½ − sin t) for
 * t in [0, π], shifted and scaled by 0.6 into roughly [−0.9, 0.9] × [−0.45, 0.45].
 */
const moon: Generator = (i, _k, rng) => {
  const c = i % 2;
  const t = Math.PI * rng.next();
  const px = c === 0 ? Math.cos(t) : 1 - Math.cos(t);
  const py = c === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
  return [0.6 * (px - 0.5), 0.6 * (py - 0.25), c];
};

/** k interleaved arms: radius 0.9·t, angle 3π·t plus the arm's offset 2πc/k. */
const spiral: Generator = (i, k, rng) => {
  const c = i % k;
  const t = 0.05 + 0.95 * rng.next();
  const a = 3 * Math.PI * t + (2 * Math.PI * c) / k;
  return [0.9 * t * Math.cos(a), 0.9 * t * Math.sin(a), c];
};

const GENERATORS: Record<ToyName, { gen: Generator; classes: number; fixed: boolean }> = {
  blobs: { gen: blob, classes: 3, fixed: false },
  xor: { gen: xor, classes: 2, fixed: true },
  circles: { gen: circle, classes: 2, fixed: true },
  moons: { gen: moon, classes: 2, fixed: true },
  spirals: { gen: spiral, classes: 2, fixed: false },
};

/** The toy datasets' names. */
export const TOY_NAMES = Object.keys(GENERATORS) as ToyName[];

/** Most points one toy dataset may have (a bound on the memory a request can ask for). */
export const MAX_TOY_POINTS = 100000;

/** True when `name` is one of the toy datasets (an own-property check: 'constructor' is not). */
export function isToyName(name: unknown): name is ToyName {
  return typeof name === 'string' && Object.hasOwn(GENERATORS, name);
}

/** Generates a seeded toy dataset of at most MAX_TOY_POINTS points. */
export function makeToy(name: ToyName, options: ToyOptions): ToyDataset {
  if (!isToyName(name)) throw new Error(`makeToy: unknown dataset '${String(name)}'`);
  const spec = GENERATORS[name];
  const classes = spec.fixed ? spec.classes : (options.classes ?? spec.classes);
  if (!Number.isInteger(classes) || classes < 2 || classes > 10) {
    throw new Error(`makeToy: classes must be an integer in 2..10, got ${classes}`);
  }
  const noise = options.noise ?? 0.1;
  const rng = createRng(options.seed);
  const n = Math.max(0, Math.floor(options.n));
  if (!(n <= MAX_TOY_POINTS))
    throw new Error(`makeToy: at most ${MAX_TOY_POINTS} points, got ${options.n}`);
  const x = new Float32Array(n * 2);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const [px, py, c] = spec.gen(i, classes, rng);
    x[2 * i] = px + noise * rng.normal();
    x[2 * i + 1] = py + noise * rng.normal();
    y[i] = c;
  }
  return { x, y, classes, count: n };
}
