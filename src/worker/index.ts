/** Public entry point of the training layer: the worker's protocol, its client, and the synchronous Trainer. */
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
} from './protocol';
export {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  HISTORY_LIMIT,
  type TrainingClient,
  type TrainingClientOptions,
  type TrainingSnapshot,
} from './client';
export { useTrainingClient } from './useTrainingClient';
export { Trainer, type TrainerData, type StepOutcome } from './trainer';
export { mnistClassification, mnistInpainting, toyClassification, type SampleSet } from './samples';
