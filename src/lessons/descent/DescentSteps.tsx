/**
 * Losses, gradient descent and the loss landscape. Each step composes prose, an engine-driven
 * figure and the URL state; the layout reports link values that were unreadable or clamped.
 */
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useUrlParams } from '../../kit/useUrlParams';
import { DESCENT_PARAMS } from './params';
import { useDescentParams } from './hooks';
import { OneStepFigure } from './OneStepFigure';
import { SurfaceFigure } from './SurfaceFigure';
import { LossesFigure } from './LossesFigure';
import { MinibatchFigure } from './MinibatchFigure';
import OneStep from './one-step.mdx';
import SurfaceProse from './surface.mdx';
import LossesProse from './losses.mdx';
import MinibatchProse from './minibatch.mdx';
import { landscapeKit } from './landscape-store';
import './descent.css';

/** Wraps every step: the lesson's class and the notices about the link's values. */
export function DescentLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected, clamped] = useUrlParams(DESCENT_PARAMS);
  return (
    <landscapeKit.Provider>
      <div className={`ds-lesson${isPresenting ? ' ds-lesson--presenting' : ''}`}>
        <RejectedParamsNotice keys={rejected} clamped={clamped} />
        {children}
      </div>
    </landscapeKit.Provider>
  );
}

/** Step content: one step by hand on a 1-D quadratic. */
export function OneStepContent() {
  const [params, setParams] = useDescentParams();
  return (
    <>
      <p className="lead">θ ← θ − α · L′(θ): follow the tangent downhill, one click per step.</p>
      <div className="prose">
        <OneStep />
      </div>
      <LessonFigure
        title="One step at a time on L(θ) = ½c(θ − 1)²"
        onReset={() => setParams({ c: 1, a1: 0.5, t0: -3, k1: 0 })}
      >
        <OneStepFigure params={params} setParams={setParams} />
      </LessonFigure>
    </>
  );
}

/** Step content: descent on 2-D surfaces, plain and with momentum. */
export function SurfaceContent() {
  const [params, setParams] = useDescentParams();
  return (
    <>
      <p className="lead">Two parameters: the gradient points straight across the contour lines.</p>
      <div className="prose">
        <SurfaceProse />
      </div>
      <LessonFigure
        title="Gradient descent on a loss surface"
        onReset={() =>
          setParams({ surf: 'bowl', a: 0.1, n: 50, mu: 0.9, x0: -2.5, y0: 2, k: 0, cond: 10 })
        }
      >
        <SurfaceFigure params={params} setParams={setParams} />
      </LessonFigure>
    </>
  );
}

/** Step content: the two losses and their gradients. */
export function LossesContent() {
  const [params, setParams] = useDescentParams();
  return (
    <>
      <p className="lead">
        Cross-entropy keeps pushing a confidently wrong answer; squared error on p gives up.
      </p>
      <div className="prose">
        <LossesProse />
      </div>
      <LessonFigure title="Loss and gradient against a score" onReset={() => setParams({ z: -3 })}>
        <LossesFigure params={params} setParams={setParams} />
      </LessonFigure>
    </>
  );
}

/** Step content: mini-batch noise. */
export function MinibatchContent() {
  const [params, setParams] = useDescentParams();
  return (
    <>
      <p className="lead">Smaller batches: noisier steps, same destination.</p>
      <div className="prose">
        <MinibatchProse />
      </div>
      <LessonFigure
        title="Batch sizes 1, 16, 256 and the full set"
        onReset={() => setParams({ ab: 0.1, kb: 0, seed: 1 })}
      >
        <MinibatchFigure params={params} setParams={setParams} />
      </LessonFigure>
    </>
  );
}

/** Step content: the introduction to the lesson's exercises (the shell renders them). */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Each question is drawn from a seed and answered by the engine: it evaluates the loss, runs
        the backward pass and reads off the gradient. Work it by hand first, then check.{' '}
        <em>New numbers</em> draws another question; the address keeps the seed, so a whole class
        can work on the same numbers.
      </p>
    </div>
  );
}
