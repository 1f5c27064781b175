/** A tiny real training run for the gallery charts: a 2-16-2 tanh MLP on seeded XOR points. */
import { Adam, createRng, mlp, noGrad, tensor, type Sequential } from '../engine';
import { makeToy, type ToyDataset } from '../data/toy';
import { gridPoints } from '../components/charts/DecisionBoundary';

/** Grid resolution of the decision-boundary field. */
export const GRID = 48;
/** The plane shown. */
export const DOMAIN: [number, number] = [-1.5, 1.5];

/** Training state kept outside React state (engine objects). */
export interface ToyRun {
  /** The model. */
  model: Sequential;
  /** Its optimiser. */
  opt: Adam;
  /** Training points. */
  train: ToyDataset;
  /** Held-out points. */
  test: ToyDataset;
}

/** A fresh seeded run. */
export function createToyRun(seed = 3): ToyRun {
  const model = mlp([2, 16, 2], { activation: 'tanh', rng: createRng(seed) });
  return {
    model,
    opt: new Adam(model.parameters(), { lr: 0.03 }),
    train: makeToy('xor', { n: 160, seed, noise: 0.12 }),
    test: makeToy('xor', { n: 160, seed: seed + 100, noise: 0.12 }),
  };
}

function lossOn(run: ToyRun, data: ToyDataset): number {
  const x = tensor(data.x, { shape: [data.count, 2] });
  return run.model.forward(x).softmaxCrossEntropy(Array.from(data.y)).item();
}

/** Take `steps` full-batch steps; returns the train and test loss after each. */
export function trainSteps(run: ToyRun, steps: number): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  const x = tensor(run.train.x, { shape: [run.train.count, 2] });
  const labels = Array.from(run.train.y);
  for (let s = 0; s < steps; s++) {
    run.opt.zeroGrad();
    const loss = run.model.forward(x).softmaxCrossEntropy(labels);
    loss.backward();
    run.opt.step();
    train.push(loss.item());
    test.push(noGrad(() => lossOn(run, run.test)));
  }
  return { train, test };
}

/** P(class 1) for every grid cell, in the order DecisionBoundary expects. */
export function predictGrid(run: ToyRun): Float32Array {
  const pts = gridPoints(GRID, DOMAIN, DOMAIN);
  const logits = noGrad(() => run.model.forward(tensor(pts, { shape: [GRID * GRID, 2] }))).data;
  const out = new Float32Array(GRID * GRID);
  for (let i = 0; i < out.length; i++)
    out[i] = 1 / (1 + Math.exp(logits[2 * i] - logits[2 * i + 1]));
  return out;
}
