/**
 * Trains a ToyRun a few steps per animation frame while playing and on screen, publishing one
 * view (regions, accuracy, weights) per frame. The ToyRun (engine objects) lives in a ref-like
 * state, outside any store.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { ToyName } from '../../data/toy';
import { ToyRun, type ToyWeights } from './toy-run';
import type { ScoreField } from '../../components/charts/DecisionBoundary';
import { useOnScreen } from '../../components/hooks';
import { useSubSteps } from '../../kit/substeps';

/** Cells per side of the region grid. */
export const GRID = 64;
/** Samples per side of the score grid the boundary lines are traced on. */
const SCORE_GRID = 48;
/** Optimizer steps per animation frame. */
const STEPS_PER_FRAME = 2;

/** What the figure draws after each frame. */
export interface ToyView {
  /** Class per grid cell (row 0 at the top). */
  regions: Uint8Array;
  /** The engine's class scores on a grid one cell past the plane (for exact boundary lines). */
  scores: ScoreField;
  /** Test accuracy, 0..1. */
  accuracy: number;
  /** Steps taken. */
  iteration: number;
  /** Current weights. */
  weights: ToyWeights;
}

function viewOf(run: ToyRun): ToyView {
  return {
    regions: run.regions(GRID),
    scores: run.scoreField(SCORE_GRID),
    accuracy: run.accuracy(),
    iteration: run.iteration,
    weights: run.weights(),
  };
}

/** Controls and view of a live toy training run. */
export interface ToyTraining {
  /** The data (for drawing points). */
  run: ToyRun;
  /** The latest view. */
  view: ToyView;
  /** Whether training is running. */
  isPlaying: boolean;
  /** True once `maxSteps` steps were taken. */
  isAtEnd: boolean;
  /** Toggles training. */
  playPause: () => void;
  /** `count` optimizer steps (default one), at most up to the end. */
  step: (count?: number) => void;
  /** Back to the seeded initial weights. */
  reset: () => void;
  /** Sets the weights by hand (pauses training). */
  setWeights: (w: ToyWeights) => void;
}

/** A toy run of the given dataset; trains up to `maxSteps` steps, only while `frameRef` is on screen. */
export function useToyTraining(
  name: ToyName,
  seed: number,
  maxSteps: number,
  frameRef: RefObject<Element | null>,
): ToyTraining {
  const [run] = useState(() => new ToyRun(name, seed));
  const [view, setView] = useState(() => viewOf(run));
  const [isPlaying, setIsPlaying] = useState(false);
  const isOnScreen = useOnScreen(frameRef);
  const isAtEnd = view.iteration >= maxSteps;

  useEffect(() => {
    if (!isPlaying || !isOnScreen) return undefined;
    let id = 0;
    const tick = () => {
      run.step(Math.min(STEPS_PER_FRAME, maxSteps - run.iteration));
      setView(viewOf(run));
      if (run.iteration >= maxSteps) setIsPlaying(false);
      else id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [isPlaying, isOnScreen, run, maxSteps]);

  return {
    run,
    view,
    isPlaying,
    isAtEnd,
    playPause: () => setIsPlaying((p) => !p && run.iteration < maxSteps),
    step: (count = 1) => {
      setIsPlaying(false);
      if (run.iteration < maxSteps) run.step(Math.min(count, maxSteps - run.iteration));
      setView(viewOf(run));
    },
    reset: () => {
      setIsPlaying(false);
      run.reset();
      setView(viewOf(run));
    },
    setWeights: (w) => {
      setIsPlaying(false);
      run.setWeights(w);
      setView(viewOf(run));
    },
  };
}

/**
 * Lets the clicker drive a toy run: each press trains `perPress` steps (a press while it plays
 * pauses it); at the end of the run the press moves on to the next slide.
 */
export function useToyClicker(t: ToyTraining, perPress: number, maxSteps: number): void {
  useSubSteps({
    next: () => {
      if (t.isAtEnd) return false;
      if (t.isPlaying) t.playPause();
      else t.step(perPress);
      return true;
    },
    prev: () => false,
    position: () => [Math.ceil(t.view.iteration / perPress), Math.ceil(maxSteps / perPress)],
    clicker: `Each press trains ${perPress} more steps, up to ${maxSteps} (a press while it plays pauses it); Back changes step.`,
  });
}
