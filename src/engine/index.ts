// Public API of the Chain Rule autodiff engine. Plain TypeScript: no UI libraries, no DOM.
import './ops/all';
export type {
  DType,
  FloatArray,
  OpAttrs,
  OpCtx,
  OpDef,
  OpSampleCase,
  SavedValue,
} from './op-types';
export type { GraphData, GraphNode, GraphEdge, ForwardStep, BackwardStep } from './graph-types';
export { VALUE_PREVIEW_LIMIT } from './graph-types';
export { EngineError, messageOf } from './errors';
export { createRng, type Rng } from './rng';
export { noGrad, isGradEnabled } from './grad-mode';
export { BufferArena, withArena } from './arena';
export { Tensor, constant, type Nested, type GradFn } from './tensor';
export {
  scalar,
  tensor,
  zeros,
  ones,
  randn,
  rand,
  type TensorOpts,
  type NestedInput,
} from './create';
export { OPS, getOp } from './registry';
export { topoSort } from './autograd';
export { unbroadcast } from './ops/helpers';
export { linear, takeRows, softmax, argmax } from './functional';
export {
  finiteDifference,
  numericGrad,
  gradcheck,
  jacobian,
  numericJacobian,
  type GradcheckOpts,
  type GradcheckResult,
} from './numerics';
export { gradcheckEntries, type GradcheckEntry } from './gradcheck-report';
export {
  SCALAR_FUNCTIONS,
  MACHINE_EPSILON,
  differenceAt,
  errorSweep,
  stepSweep,
  bestStep,
  logLogSlope,
  stepVanishes,
  type ErrorSweep,
  type Precision,
  type ScalarFunction,
} from './difference-error';
export { exportGraph, forwardSteps, valueId, opId, type ExportOpts } from './graph-export';
export { backwardSteps } from './step-through';
export { vjp, jacobianRow, tensorOps, type VjpResult, type TensorOpInfo } from './vector-calculus';
export { expandOp, type ScalarExpansion } from './scalar-expansion';
export { jvp, pushTangents, type JvpResult, type TangentMap } from './forward-mode';
export { customOp, type CustomOpCtx, type CustomOpSpec } from './custom-op';
export {
  Linear,
  ReLU,
  Sigmoid,
  Tanh,
  LeakyReLU,
  ELU,
  Identity,
  Sequential,
  mlp,
  ACTIVATION_NAMES,
  type Module,
  type LinearOpts,
  type ActivationName,
} from './nn';
export { SGD, Adam } from './optim';
export { batches } from './data-iter';
export { saveParams, loadParams, type ParamsFile } from './params-io';
export {
  setKernelBackend,
  getKernelBackend,
  kernelBackendFromQuery,
  kernelStatus,
  type KernelBackend,
  type KernelStatus,
} from './kernels/wasm';
export { collapseLinear, applyCollapsed, type CollapsedLinear } from './collapse';
