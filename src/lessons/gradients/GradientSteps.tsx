/**
 * The gradients lesson: numerical, symbolic and automatic differentiation, each measured live by
 * the engine. Shareable state lives in the URL (params.ts).
 */
import type { LessonLayoutProps } from '../../kit/lesson';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useUrlParams } from '../../kit/useUrlParams';
import { GRADIENT_PARAMS } from './params';
import './gradients.css';

/** Wraps every step: the lesson's class and the notice of unreadable link values. */
export function GradientsLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected] = useUrlParams(GRADIENT_PARAMS);
  return (
    <div className={`gr-lesson${isPresenting ? ' gr-lesson--presenting' : ''}`}>
      <RejectedParamsNotice keys={rejected} />
      {children}
    </div>
  );
}

/** Step content: the error of finite differences versus h. */
export function NumericalContent() {
  return <p className="lead">Finite differences: error versus h.</p>;
}

/** Step content: the cost of a numerical gradient for the MNIST MLP. */
export function CostContent() {
  return <p className="lead">What a numerical gradient costs.</p>;
}

/** Step content: the symbolic derivative of a deep composition. */
export function SymbolicContent() {
  return <p className="lead">Symbolic derivatives swell.</p>;
}

/** Step content: automatic differentiation, forward and reverse. */
export function AutomaticContent() {
  return <p className="lead">Forward and reverse mode.</p>;
}

/** Step content: gradcheck on a small MLP. */
export function GradcheckContent() {
  return <p className="lead">Gradcheck.</p>;
}

/** Step content: the introduction to the lesson's exercises (the shell renders the exercises). */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Each question is drawn from a seed and answered by the engine. Work it by hand first, then
        check. <em>New numbers</em> draws another question; the address keeps the seed.
      </p>
    </div>
  );
}
