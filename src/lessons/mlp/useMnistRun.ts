/**
 * One MNIST run in a component-owned worker client (disposed on unmount, so leaving the step or
 * the lesson stops it): start, pause, reset, and the evaluations collected as curves.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  useTrainingClient,
  type TrainingClient,
  type TrainingSnapshot,
  type TrainConfig,
} from '../../worker';

/** One evaluation with the training numbers of the same moment. */
export interface EvalPoint {
  /** Optimizer steps. */
  iteration: number;
  /** Running average of batch loss over recent batches. */
  trainLoss: number;
  /** Running average of batch accuracy (the worker's). */
  trainAccuracy: number;
  /** Mean test cross-entropy. */
  testLoss: number;
  /** Test accuracy. */
  testAccuracy: number;
}

/** What a step reads about its run. */
export interface MnistRun {
  /** The client (for weights and jobs). */
  client: TrainingClient;
  /** Its snapshot. */
  snapshot: TrainingSnapshot;
  /** Evaluations so far. */
  evals: EvalPoint[];
  /** Seconds of training (the worker's own clock). */
  seconds: number;
  /** Builds from `config` and trains (until its limit). */
  start: (config: TrainConfig) => void;
  /** Pauses. */
  pause: () => void;
  /** Forgets the run (a later start rebuilds). */
  clear: () => void;
}

const LOSS_ALPHA = 0.05;

/** A run whose evaluations become curves. */
export function useMnistRun(): MnistRun {
  const [client, snapshot] = useTrainingClient();
  const [evals, setEvals] = useState<EvalPoint[]>([]);
  const smoothLoss = useRef<number | null>(null);
  const lastIt = useRef(-1);

  useEffect(() => {
    const p = snapshot.progress;
    if (!p || !Number.isFinite(p.batchLoss) || p.iteration === lastIt.current) return;
    lastIt.current = p.iteration;
    const prev = smoothLoss.current;
    smoothLoss.current = prev === null ? p.batchLoss : prev + LOSS_ALPHA * (p.batchLoss - prev);
  }, [snapshot.progress]);

  useEffect(() => {
    const e = snapshot.lastEval;
    if (!e || e.iteration === 0 || e.testAccuracy === null) return;
    const acc = snapshot.progress?.trainAccuracy ?? Number.NaN;
    setEvals((list) =>
      list.some((p) => p.iteration === e.iteration)
        ? list
        : [
            ...list,
            {
              iteration: e.iteration,
              trainLoss: smoothLoss.current ?? Number.NaN,
              trainAccuracy: acc,
              testLoss: e.testLoss,
              testAccuracy: e.testAccuracy ?? Number.NaN,
            },
          ],
    );
  }, [snapshot.lastEval, snapshot.progress]);

  const start = useCallback(
    (config: TrainConfig) => {
      setEvals([]);
      smoothLoss.current = null;
      lastIt.current = -1;
      client.start(config).catch(() => undefined);
    },
    [client],
  );

  return {
    client,
    snapshot,
    evals,
    seconds: (snapshot.progress?.trainMs ?? 0) / 1000,
    start,
    pause: () => void client.pause().catch(() => undefined),
    clear: () => {
      setEvals([]);
      client.dispose();
    },
  };
}
