/**
 * The flagship lesson: backpropagation on the engine's computational graph. Each step composes
 * prose, the engine's graphs and the components; shareable state lives in the URL.
 */
import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import type { ParamValues } from '../../kit/url-params';
import { useUrlParams } from '../../kit/useUrlParams';
import { GraphView } from '../../components/graph/GraphView';
import { Tex } from '../../components/Tex';
import {
  BACKPROP_PARAMS,
  DEFAULT_INPUTS,
  formatVarValues,
  parseVarValues,
  type ScalarInputs,
} from './params';
import { useBackpropStore } from './store';
import { useScalarTrace, type ScalarRun } from './useScalarTrace';
import { PassStepper } from './PassStepper';
import { ChainAssembly } from './ChainAssembly';
import { InputsSummary, ScalarInputsPanel, ScalarResults } from './ScalarInputsPanel';
import { lessonHref } from '../../kit/links';
import { useHashSearch } from '../../kit/hash-location';
import { stepIndex } from '../../kit/lesson';
import backpropLesson from './lesson';
import { CustomOpFigure, type CustomOpFigureProps } from './CustomOpFigure';
import { SigmoidFigure } from './SigmoidFigure';
import { SandboxFigure } from './SandboxFigure';
import { BugPredict } from './BugPredict';
import { BackwardCost } from './BackwardCost';
import { DeadReluPredict } from './DeadReluPredict';
import Intro from './intro.mdx';
import Forward from './forward.mdx';
import Backward from './backward.mdx';
import Chain from './chain.mdx';
import Edit from './edit.mdx';
import CustomOp from './custom-op.mdx';
import Sigmoid from './sigmoid.mdx';
import Sandbox from './sandbox.mdx';
import './backprop.css';

const EQUATIONS =
  'f = w_1 x, \\quad g = \\max(0, f), \\quad \\hat y = w_2\\, g, \\quad L = \\tfrac12 (\\hat y - y)^2';
const SIGMOID_TEX = 'f = \\dfrac{1}{1 + e^{-(w_0 + w_1 x_1 + w_2 x_2)}}';

type Params = ParamValues<typeof BACKPROP_PARAMS>;
type SetParams = (values: Partial<Params>) => void;

/** Wraps every step: the lesson's class and the notices of unreadable or clamped link values. */
export function BackpropLayout({ isPresenting, children }: LessonLayoutProps) {
  const [, , rejected, clamped] = useUrlParams(BACKPROP_PARAMS);
  return (
    <div className={`bp-lesson${isPresenting ? ' bp-lesson--presenting' : ''}`}>
      <RejectedParamsNotice keys={rejected} clamped={clamped} />
      {children}
    </div>
  );
}

/** What every step view receives: the URL state, the scalar example's inputs and its engine run. */
interface StepViewProps {
  params: Params;
  setParams: SetParams;
  inputs: ScalarInputs;
  run: ScalarRun;
  /** Restores the example's default inputs and step positions. */
  reset: () => void;
  /** "With x = 5, …" and a link to the inputs step. */
  summary: ReactNode;
}

const INPUTS_STEP = stepIndex(backpropLesson, 'inputs');

/** The URL state and the engine's run of the scalar example, for the step on screen. */
function useStepView(): StepViewProps {
  const [params, setParams] = useUrlParams(BACKPROP_PARAMS);
  const inputs = useMemo<ScalarInputs>(
    () => ({ x: params.x, w1: params.w1, w2: params.w2, y: params.y }),
    [params.x, params.w1, params.w2, params.y],
  );
  const run = useScalarTrace(inputs);
  const search = useHashSearch();
  return {
    params,
    setParams,
    inputs,
    run,
    reset: () => setParams({ ...DEFAULT_INPUTS, fs: 0, bs: 0, cs: 0 }),
    summary: (
      <InputsSummary inputs={inputs} editHref={lessonHref('backprop', INPUTS_STEP, search)} />
    ),
  };
}

/** A step component that receives the view. */
function withView(Step: ComponentType<StepViewProps>) {
  return function BackpropStep() {
    const view = useStepView();
    return <Step {...view} />;
  };
}

function ExampleStep({ run, reset }: StepViewProps) {
  return (
    <>
      <div className="prose">
        <Intro />
      </div>
      <div className="bp-big bp-equations">
        <Tex tex={EQUATIONS} display />
      </div>
      <LessonFigure title="The lecture's example, built by the engine" onReset={reset}>
        <GraphView
          graph={run.trace.valuesGraph}
          showGrads={false}
          ariaLabel="Computational graph of the scalar example"
        />
      </LessonFigure>
    </>
  );
}

function ForwardStep({ run, reset, summary, params, setParams }: StepViewProps) {
  return (
    <>
      <div className="prose">
        <Forward />
      </div>
      <LessonFigure title="Forward pass" className="bp-fig--titled-by-step" onReset={reset}>
        {summary}
        <PassStepper
          trace={run.trace}
          mode="forward"
          position={params.fs}
          onPosition={(fs) => setParams({ fs })}
          ariaLabel="Forward pass through the scalar example"
        />
      </LessonFigure>
    </>
  );
}

function BackwardStep({ run, reset, summary, params, setParams }: StepViewProps) {
  return (
    <>
      <div className="prose">
        <Backward />
      </div>
      <LessonFigure title="Backward pass" className="bp-fig--titled-by-step" onReset={reset}>
        {summary}
        <PassStepper
          trace={run.trace}
          mode="backward"
          position={params.bs}
          onPosition={(bs) => setParams({ bs })}
          ariaLabel="Backward pass through the scalar example"
          predictProducts
        />
      </LessonFigure>
    </>
  );
}

function ChainStep({ run, reset, summary, params, setParams }: StepViewProps) {
  return (
    <>
      <div className="prose">
        <Chain />
      </div>
      <LessonFigure title="∂L/∂w₁, one factor per backward step" onReset={reset}>
        {summary}
        <ChainAssembly
          run={run}
          shown={params.cs}
          onShown={(cs) => setParams({ cs: Math.max(0, Math.min(4, cs)) })}
        />
        <BackwardCost />
      </LessonFigure>
    </>
  );
}

function InputsStep({ run, reset, inputs, setParams }: StepViewProps) {
  return (
    <>
      <div className="prose">
        <Edit />
      </div>
      <LessonFigure title="Your inputs, the engine's gradients" onReset={reset}>
        <ScalarInputsPanel inputs={inputs} onChange={(next) => setParams(next)} />
        <DeadReluPredict inputs={inputs} onChange={(next) => setParams(next)} />
        <ScalarResults run={run} />
        <GraphView
          graph={run.trace.finalGraph}
          ariaLabel="The example's graph with all gradients"
        />
      </LessonFigure>
    </>
  );
}

function CustomOpStep({ inputs, params, setParams }: StepViewProps) {
  const [isCheckShown, setCheckShown] = useState(false);
  return (
    <>
      <div className="prose">
        <CustomOp />
      </div>
      <LessonFigure
        title="A custom Multiply, and a gradient check"
        className="bp-fig--titled-by-step"
        onReset={() => setParams({ bug: 'none' })}
      >
        <BugPredict inputs={inputs} isRevealed={isCheckShown} />
        <CustomOpFigure
          inputs={inputs}
          bug={params.bug as CustomOpFigureProps['bug']}
          onBug={(bug) => setParams({ bug })}
          isCheckShown={isCheckShown}
          onCheckShown={setCheckShown}
        />
      </LessonFigure>
    </>
  );
}

function SigmoidStep({ params, setParams }: StepViewProps) {
  return (
    <>
      <div className="prose">
        <Sigmoid />
      </div>
      <LessonFigure
        title={<Tex tex={SIGMOID_TEX} />}
        onReset={() => setParams({ sig: 'gates', ss: 0 })}
      >
        <SigmoidFigure
          mode={params.sig === 'fused' ? 'fused' : 'gates'}
          onMode={(sig, ss = 0) => setParams({ sig, ss })}
          position={params.ss}
          onPosition={(ss) => setParams({ ss })}
        />
      </LessonFigure>
    </>
  );
}

function SandboxStep({ params, setParams }: StepViewProps) {
  const resetSandbox = useBackpropStore((s) => s.reset);
  const given = useMemo(() => parseVarValues(params.vars), [params.vars]);
  const reset = () => {
    resetSandbox();
    setParams({ expr: BACKPROP_PARAMS.expr.default, vars: '', sx: 0 });
  };
  return (
    <>
      <div className="prose">
        <Sandbox />
      </div>
      <LessonFigure title="Sandbox" className="bp-fig--titled-by-step" onReset={reset}>
        <SandboxFigure
          expr={params.expr}
          given={given}
          position={params.sx}
          onExpr={(expr) => setParams({ expr, sx: 0 })}
          onValues={(values) => setParams({ vars: formatVarValues(values) })}
          onPosition={(sx) => setParams({ sx })}
        />
      </LessonFigure>
    </>
  );
}

/** Step content: Example. */
export const ExampleContent = withView(ExampleStep);
/** Step content: Forward. */
export const ForwardContent = withView(ForwardStep);
/** Step content: Backward. */
export const BackwardContent = withView(BackwardStep);
/** Step content: Chain. */
export const ChainContent = withView(ChainStep);
/** Step content: Inputs. */
export const InputsContent = withView(InputsStep);
/** Step content: CustomOp. */
export const CustomOpContent = withView(CustomOpStep);
/** Step content: Sigmoid. */
export const SigmoidContent = withView(SigmoidStep);
/** Step content: Sandbox. */
export const SandboxContent = withView(SandboxStep);

/** Step content: the introduction to the lesson's exercises (the shell renders the exercises). */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Each question below is drawn from a seed and answered by the engine: it builds the
        lecture&rsquo;s graph with these numbers and runs the backward pass. Work it by hand first,
        then check. <em>New numbers</em> draws another question; the address keeps the seed, so a
        whole class can work on the same numbers.
      </p>
    </div>
  );
}
