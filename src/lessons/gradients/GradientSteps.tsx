/**
 * The gradients lesson: numerical, symbolic and automatic differentiation, each measured live by
 * the engine. Shareable state lives in the URL (params.ts).
 */
import type { ReactNode } from 'react';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import type { ParamValues } from '../../kit/url-params';
import { useUrlParams } from '../../kit/useUrlParams';
import type { Precision } from '../../engine';
import { GRADIENT_PARAMS } from './params';
import { NumericalFigure } from './NumericalFigure';
import { CostFigure } from './CostFigure';
import { SymbolicFigure } from './SymbolicFigure';
import { AutomaticFigure } from './AutomaticFigure';
import { GradcheckFigure } from './GradcheckFigure';
import { checkDepth } from './composition';
import type { MultiplyChoice } from './gradcheck-run';
import Numerical from './prose/numerical.mdx';
import Cost from './prose/cost.mdx';
import Symbolic from './prose/symbolic.mdx';
import Automatic from './prose/automatic.mdx';
import Gradcheck from './prose/gradcheck.mdx';
import './gradients.css';

type Params = ParamValues<typeof GRADIENT_PARAMS>;

/** Wraps every step: the lesson's class and the notices of unreadable or clamped link values. */
export function GradientsLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected, clamped] = useUrlParams(GRADIENT_PARAMS);
  return (
    <div className={`gr-lesson${isPresenting ? ' gr-lesson--presenting' : ''}`}>
      <RejectedParamsNotice keys={rejected} clamped={clamped} />
      {children}
    </div>
  );
}

function Step({ lead, prose, children }: { lead: string; prose: ReactNode; children: ReactNode }) {
  return (
    <>
      <p className="lead">{lead}</p>
      <div className="prose">{prose}</div>
      {children}
    </>
  );
}

function useParams(): [Params, (v: Partial<Params>) => void] {
  const [params, set] = useUrlParams(GRADIENT_PARAMS);
  return [params, set];
}

/** Step content: the error of finite differences versus h. */
export function NumericalContent() {
  const [p, set] = useParams();
  const reset = () =>
    set({ fn: 'sin', expr: GRADIENT_PARAMS.expr.default, x: 1, h: 1e-6, prec: 'float64', es: 0 });
  return (
    <Step
      lead="Finite differences: too large an h truncates, too small an h rounds off."
      prose={<Numerical />}
    >
      <LessonFigure title="Error of a finite difference against its step h" onReset={reset}>
        <NumericalFigure
          fn={p.fn}
          expr={p.expr}
          x={p.x}
          h={p.h}
          precision={p.prec as Precision}
          reveal={p.es}
          onChange={(next) => set(next as Partial<Params>)}
        />
      </LessonFigure>
    </Step>
  );
}

/** Step content: the cost of a numerical gradient for the MNIST MLP. */
export function CostContent() {
  const [p, set] = useParams();
  return (
    <Step lead="A numerical gradient needs two loss evaluations per parameter." prose={<Cost />}>
      <LessonFigure title="One numerical gradient of the MNIST MLP" onReset={() => set({ cs: 0 })}>
        <CostFigure stage={p.cs} onStage={(cs) => set({ cs })} />
      </LessonFigure>
    </Step>
  );
}

function DepthNotice({ message }: { message: string | null }) {
  return message ? (
    <p className="gr-notice" role="status">
      {message}
    </p>
  ) : null;
}

/** Step content: the symbolic derivative of a deep composition. */
export function SymbolicContent() {
  const [p, set] = useParams();
  const depth = checkDepth(p.k);
  return (
    <Step lead="Symbolic derivatives are exact, but they swell with depth." prose={<Symbolic />}>
      <LessonFigure
        title="σ(wₖ · σ(… σ(w₁ x))): formula size against graph size"
        onReset={() => set({ k: 3 })}
      >
        <DepthNotice message={depth.message} />
        <SymbolicFigure k={depth.k} onK={(k) => set({ k })} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: automatic differentiation, forward and reverse. */
export function AutomaticContent() {
  const [p, set] = useParams();
  const depth = checkDepth(p.k);
  return (
    <Step
      lead="Forward mode: one pass per input. Reverse mode: one pass for all of them."
      prose={<Automatic />}
    >
      <LessonFigure
        title="Forward mode against reverse mode on the engine's graph"
        onReset={() => set({ ap: 0, k: 3 })}
      >
        <DepthNotice message={depth.message} />
        <AutomaticFigure k={depth.k} passes={p.ap} onPasses={(ap) => set({ ap })} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: gradcheck on a small MLP. */
export function GradcheckContent() {
  const [p, set] = useParams();
  return (
    <Step
      lead="Gradcheck: autodiff against central differences, parameter by parameter."
      prose={<Gradcheck />}
    >
      <LessonFigure title="Gradcheck of a small MLP" onReset={() => set({ op: 'correct' })}>
        <GradcheckFigure choice={p.op as MultiplyChoice} onChoice={(op) => set({ op })} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: the introduction to the lesson's exercises (the shell renders the exercises). */
export function PracticeContent() {
  return (
    <>
      <p className="lead">Four questions, each answered by the engine.</p>
      <div className="prose">
        <p>
          Each question is drawn from a seed and answered by the engine. Work it by hand first, then
          check. <em>New numbers</em> draws another question; the address keeps the seed.
        </p>
      </div>
    </>
  );
}
