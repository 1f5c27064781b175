/**
 * The lesson "Images as vectors and the linear classifier on MNIST": pixels, variation, the
 * recipe, the model f(x) = Wx + b, live training, the geometric view, its limits, and a digit
 * drawn by the student. The recipe stepper stays at the top of every step.
 */
import { useEffect } from 'react';
import type { ToyName } from '../../data/toy';
import { RecipeStepper } from '../shared/RecipeStepper';
import { RejectedParamsNotice } from '../shared/RejectedParamsNotice';
import { useUrlParams } from '../shared/useUrlParams';
import type { LessonProps } from '../types';
import { DrawStep } from './DrawStep';
import { GeometryStep } from './GeometryStep';
import { LimitsStep } from './LimitsStep';
import { useRunSelector, type RunSettings } from './mnist-run';
import { ModelStep } from './ModelStep';
import { LINEAR_PARAMS } from './params';
import { PixelsStep } from './PixelsStep';
import { recipeCurrent, recipeReached, STEP } from './recipe-progress';
import { RecipeStepView } from './RecipeStepView';
import { useLinearStore } from './store';
import { useTestSet } from './test-set';
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

/** The linear lesson; renders one step at a time. */
export default function LinearLesson({ step, isPresenting }: LessonProps) {
  const [params, setParams, rejected] = useUrlParams(LINEAR_PARAMS);
  const reached = useLinearStore((s) => s.reached);
  useRecipeProgress(step);
  const settings: RunSettings = { lr: params.lr, batchSize: params.batch, trainCount: params.n };
  const onSettings = (s: Partial<RunSettings>) =>
    setParams({ lr: s.lr, batch: s.batchSize, n: s.trainCount });
  const onDigit = (digit: number) => setParams({ digit });
  return (
    <div className={`linear-lesson${isPresenting ? ' is-presenting' : ''}`}>
      <RecipeStepper done={reached} current={recipeCurrent(step)} />
      <RejectedParamsNotice keys={rejected} />
      <div className="linear-step">
        {step === STEP.pixels && <PixelsStep digit={params.digit} onDigit={onDigit} />}
        {step === STEP.variation && <VariationStep settings={settings} />}
        {step === STEP.recipe && <RecipeStepView />}
        {step === STEP.model && (
          <ModelStep
            digit={params.digit}
            onDigit={onDigit}
            settings={settings}
            isPresenting={isPresenting}
          />
        )}
        {step === STEP.train && (
          <TrainStep settings={settings} onSettings={onSettings} isPresenting={isPresenting} />
        )}
        {step === STEP.geometry && (
          <GeometryStep cls={params.cls} onClass={(cls) => setParams({ cls })} />
        )}
        {step === STEP.limits && (
          <LimitsStep toy={params.toy} onToy={(toy: ToyName) => setParams({ toy })} />
        )}
        {step === STEP.draw && <DrawStep settings={settings} />}
      </div>
    </div>
  );
}
