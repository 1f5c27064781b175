/**
 * Public entry point of the training layer: the worker's protocol, its clients, and the
 * synchronous Trainer. Lessons, the kit, the gallery and the lab import the worker only from here.
 */
export type {
  Activation,
  ModelSpec,
  TaskSpec,
  DatasetSpec,
  OptimizerKind,
  Hyperparameters,
  TrainConfig,
  TrainingStatus,
  RunInfo,
  Progress,
  EvalResult,
  PredictResult,
  GridResult,
  WeightSnapshot,
  LandscapeRequest,
  LandscapeProgress,
  LandscapePlane,
  LandscapeResult,
} from './protocol';
export type {
  StepInspection,
  GradNormReport,
  TestPredictions,
  RunCheckpoint,
} from './inspect-protocol';
export type { BlowUp } from './grad-watch';
export type { GridActivations, CollapseCheck } from './mlp-jobs';
export {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  HISTORY_LIMIT,
  type TrainingClient,
  type TrainingClientOptions,
  type TrainingSnapshot,
} from './client';
export { createLandscapeClient, type LandscapeClient } from './landscape-client';
export { useTrainingClient } from './useTrainingClient';
export { Trainer, type TrainerData, type StepOutcome } from './trainer';
export { mnistClassification, mnistInpainting, toyClassification, type SampleSet } from './samples';
