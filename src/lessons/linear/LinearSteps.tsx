/**
 * The linear lesson's layout and steps: pixels, variation, the recipe, the model f(x) = Wx + b,
 * live training, the geometric view, its limits, and a digit drawn by the student. The recipe
 * stepper stays at the top of every step.
 */
import { useEffect } from 'react';
import type { ToyName } from '../../data/toy';
import type { LessonLayoutProps, StepProps } from '../../kit/lesson';
import { RecipeStepper } from '../../kit/RecipeStepper';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useUrlParams } from '../../kit/useUrlParams';
import { DrawStep } from './DrawStep';
import { GeometryStep } from './GeometryStep';
import { LimitsStep } from './LimitsStep';
import { RunProvider, useRunSelector, type RunSettings } from './mnist-run';
import { ModelStep } from './ModelStep';
import { LINEAR_PARAMS } from './params';
import { PixelsStep } from './PixelsStep';
import { recipeCurrent, recipeReached } from './recipe-progress';
import { RecipeStepView } from './RecipeStepView';
import { useLinearStore } from './store';
import { useTestSet } from '../../kit/mnist-test-set';
import { TrainStep } from './TrainStep';
import { VariationStep } from './VariationStep';
import './linear.css';

/**
 * Ticks off the recipe as the student gets there. It selects two booleans from the run, so the
 * whole lesson does not re-render on every training snapshot.
 */
function useRecipeProgress(step: number): void {
  const hasData = useTestSet().status === 'ready';
  const hasTrained = useRunSelector((r) => (r.snapshot.progress?.iteration ?? 0) > 0);
  const hasEvaluation = useRunSelector((r) => (r.snapshot.lastEval?.iteration ?? 0) > 0);
  const reach = useLinearStore((s) => s.reach);
  useEffect(
    // recipeReached only asks whether the run has taken a step.
    () => reach(recipeReached({ step, hasData, iteration: hasTrained ? 1 : 0, hasEvaluation })),
    [reach, step, hasData, hasTrained, hasEvaluation],
  );
}

/**
 * Wraps every step: owns the lesson's training run (disposed when the student leaves the
 * lesson), the recipe stepper and the notice of unreadable link values.
 */
export function LinearLayout(props: LessonLayoutProps) {
  return (
    <RunProvider>
      <LinearFrame {...props} />
    </RunProvider>
  );
}

function LinearFrame({ stepIndex, stepId, isPresenting, children }: LessonLayoutProps) {
  const [, , rejected, clamped] = useUrlParams(LINEAR_PARAMS);
  const reached = useLinearStore((s) => s.reached);
  useRecipeProgress(stepIndex);
  return (
    <div className={`linear-lesson${isPresenting ? ' is-presenting' : ''}`}>
      <RecipeStepper
        done={reached}
        current={recipeCurrent(stepIndex)}
        isCompact={isPresenting && stepId !== 'recipe'}
      />
      <RejectedParamsNotice keys={rejected} clamped={clamped} />
      <div className="linear-step">{children}</div>
    </div>
  );
}

/** The URL's values as the training run's settings, and their setter. */
function useSettings() {
  const [params, setParams] = useUrlParams(LINEAR_PARAMS);
  const settings: RunSettings = { lr: params.lr, batchSize: params.batch, trainCount: params.n };
  const onSettings = (s: Partial<RunSettings>) =>
    setParams({ lr: s.lr, batch: s.batchSize, n: s.trainCount });
  return { params, setParams, settings, onSettings };
}

/** Step: what the computer sees. */
export function PixelsContent() {
  const { params, setParams } = useSettings();
  return <PixelsStep digit={params.digit} onDigit={(digit) => setParams({ digit })} />;
}

/** Step: why no hand-written rule works. */
export function VariationContent({ isPresenting }: StepProps) {
  return <VariationStep settings={useSettings().settings} isPresenting={isPresenting} />;
}

/** Step: the supervised-learning recipe. */
export function RecipeContent() {
  return <RecipeStepView />;
}

/** Step: the linear model. */
export function ModelContent({ isPresenting }: StepProps) {
  const { params, setParams, settings } = useSettings();
  return (
    <ModelStep
      digit={params.digit}
      onDigit={(digit) => setParams({ digit })}
      settings={settings}
      isPresenting={isPresenting}
      weightsKind={params.w === 'trained' ? 'trained' : 'random'}
      onWeightsKind={(w) => setParams({ w })}
    />
  );
}

/** Step: training on MNIST, live. */
export function TrainContent({ isPresenting }: StepProps) {
  const { settings, onSettings } = useSettings();
  return <TrainStep settings={settings} onSettings={onSettings} isPresenting={isPresenting} />;
}

/** Step: the geometric view. */
export function GeometryContent() {
  const { params, setParams } = useSettings();
  return <GeometryStep cls={params.cls} onClass={(cls) => setParams({ cls })} />;
}

/** Step: where a linear model fails. */
export function LimitsContent() {
  const { params, setParams } = useSettings();
  return <LimitsStep toy={params.toy} onToy={(toy: ToyName) => setParams({ toy })} />;
}

/** Step: draw a digit. */
export function DrawContent() {
  return <DrawStep settings={useSettings().settings} />;
}

/** Step: the introduction to the lesson's exercises (the shell renders the exercises). */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Four questions on scores, parameters and the loss. The engine builds each answer with the
        same operations the lesson trained with; work it by hand first, then check.
      </p>
    </div>
  );
}
