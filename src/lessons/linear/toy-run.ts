/**
 * A linear classifier on a 2D toy dataset, trained on the main thread (the model has 9 numbers;
 * a step costs microseconds). It wraps the worker's synchronous Trainer, so the training loop is
 * the same code the MNIST worker runs; the lesson only asks it for steps, accuracy, regions and
 * weights, and writes dragged weights back through the engine's parameter file.
 */
import {
  gridPoints as componentGridPoints,
  type ScoreField,
} from '../../components/charts/DecisionBoundary';
import { makeToy, type ToyName } from '../../data/toy';
import { noGrad, tensor, type ParamsFile } from '../../engine';
import { toyClassification, Trainer, type TrainConfig } from '../../worker';

/** Points per training set. */
export const TOY_TRAIN = 300;
/** Points per test set. */
export const TOY_TEST = 300;
/** Half-width of the square the regions are drawn on: [−EXTENT, EXTENT]². */
export const EXTENT = 1.3;

/** The weights of a 2D linear classifier: W [classes, 2] row after row, and b [classes]. */
export interface ToyWeights {
  /** w_k = (W[k,0], W[k,1]) for each class k. */
  w: number[][];
  /** b_k for each class k. */
  b: number[];
}

/** Centres of a res × res grid over the drawing square, row by row from the top (x, y pairs), as DecisionBoundary orders its cells. */
export function gridPoints(res: number): Float32Array {
  return componentGridPoints(res, [-EXTENT, EXTENT], [-EXTENT, EXTENT]);
}

/** One toy run: data, model, optimizer. */
export class ToyRun {
  /** Training points. */
  readonly train;
  /** Held-out points. */
  readonly test;
  private readonly trainer: Trainer;

  /** Generates the data (seeded) and a seeded linear model. */
  constructor(
    readonly name: ToyName,
    readonly seed: number,
    lr = 0.5,
  ) {
    this.train = makeToy(name, { n: TOY_TRAIN, seed });
    this.test = makeToy(name, { n: TOY_TEST, seed: seed + 1 });
    const config: TrainConfig = {
      model: { kind: 'linear' },
      task: { kind: 'classification' },
      dataset: { kind: 'toy', name, trainCount: TOY_TRAIN, testCount: TOY_TEST },
      optimizer: 'sgd',
      hyper: { lr, momentum: 0, batchSize: 30, evalEvery: 0 },
      seed,
    };
    this.trainer = new Trainer(config, {
      train: toyClassification(this.train),
      test: toyClassification(this.test),
    });
  }

  /** Optimizer steps taken since the last reset. */
  get iteration(): number {
    return this.trainer.iteration;
  }

  /** Runs `count` optimizer steps. */
  step(count: number): void {
    for (let i = 0; i < count; i++) this.trainer.step();
  }

  /** Share of test points classified correctly. */
  accuracy(): number {
    return this.trainer.evaluate().testAccuracy ?? 0;
  }

  /**
   * The engine's class scores on a (res + 2)² grid of cell centres that reaches one cell past each
   * edge of the plane (row 0 at the top): classes values per point, for drawing exact boundaries.
   */
  scoreField(res: number): ScoreField {
    const n = res + 2;
    const half = (EXTENT * n) / res;
    const points = new Float32Array(2 * n * n);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) {
        points[2 * (r * n + c)] = -half + ((c + 0.5) / n) * 2 * half;
        points[2 * (r * n + c) + 1] = half - ((r + 0.5) / n) * 2 * half;
      }
    const logits = noGrad(() =>
      this.trainer.network.forward(tensor(points, { shape: [n * n, 2] })),
    );
    return {
      size: n,
      classes: logits.shape[1],
      values: Float32Array.from(logits.data),
      xDomain: [-half, half],
      yDomain: [-half, half],
    };
  }

  /** Class of each cell of a res × res grid (see gridPoints). */
  regions(res: number): Uint8Array {
    return this.trainer.predictGrid(gridPoints(res)).classes;
  }

  /** The current weights. */
  weights(): ToyWeights {
    const snap = this.trainer.weights(0);
    const [classes, inputs] = snap.shape;
    const w = Array.from({ length: classes }, (_, k) =>
      Array.from(snap.weight.subarray(k * inputs, (k + 1) * inputs)),
    );
    return { w, b: Array.from(snap.bias) };
  }

  /** Replaces the weights (the student dragged one); the optimizer restarts from them. */
  setWeights(next: ToyWeights): void {
    const file = this.trainer.exportParams() as ParamsFile;
    const params = file.params.map((p) =>
      p.shape.length === 2
        ? { ...p, data: next.w.flat() }
        : p.shape.length === 1
          ? { ...p, data: [...next.b] }
          : p,
    );
    this.trainer.importParams({ ...file, params });
  }

  /** Back to the seeded initial weights. */
  reset(): void {
    this.trainer.reset(this.seed);
  }
}
