/**
 * The flagship lesson: backpropagation on the engine's computational graph. Each step composes
 * prose, the engine's graphs and the components; shareable state lives in the URL.
 */
import { useMemo, type ReactNode } from 'react';
import type { LessonProps } from '../types';
import { LessonFigure } from '../shared/LessonFigure';
import { RejectedParamsNotice } from '../shared/RejectedParamsNotice';
import type { ParamValues } from '../shared/url-params';
import { useUrlParams } from '../shared/useUrlParams';
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
import { lessonHref } from '../links';
import { useHashSearch } from '../../app/hash-location';
import { BACKPROP_STEPS } from './steps';
import { CustomOpFigure, type CustomOpFigureProps } from './CustomOpFigure';
import { SigmoidFigure } from './SigmoidFigure';
import { SandboxFigure } from './SandboxFigure';
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

/** The backprop lesson; renders one step. */
export default function BackpropLesson({ step, isPresenting }: LessonProps) {
  const [params, setParams, rejected] = useUrlParams(BACKPROP_PARAMS);
  const inputs = useMemo<ScalarInputs>(
    () => ({ x: params.x, w1: params.w1, w2: params.w2, y: params.y }),
    [params.x, params.w1, params.w2, params.y],
  );
  return (
    <div className={`bp-lesson${isPresenting ? ' bp-lesson--presenting' : ''}`}>
      <RejectedParamsNotice keys={rejected} />
      <StepBody step={step} params={params} setParams={setParams} inputs={inputs} />
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

const INPUTS_STEP = BACKPROP_STEPS.findIndex((s) => s.id === 'inputs');

function StepBody({
  step,
  ...props
}: { step: number } & Pick<StepViewProps, 'params' | 'setParams' | 'inputs'>) {
  const run = useScalarTrace(props.inputs);
  const search = useHashSearch();
  const view: StepViewProps = {
    ...props,
    run,
    reset: () => props.setParams({ ...DEFAULT_INPUTS, fs: 0, bs: 0, cs: 0 }),
    summary: (
      <InputsSummary inputs={props.inputs} editHref={lessonHref('backprop', INPUTS_STEP, search)} />
    ),
  };
  switch (BACKPROP_STEPS[step]?.id) {
    case 'example':
      return <ExampleStep {...view} />;
    case 'forward':
      return <ForwardStep {...view} />;
    case 'backward':
      return <BackwardStep {...view} />;
    case 'chain':
      return <ChainStep {...view} />;
    case 'inputs':
      return <InputsStep {...view} />;
    case 'custom-op':
      return <CustomOpStep {...view} />;
    case 'sigmoid':
      return <SigmoidStep {...view} />;
    default:
      return <SandboxStep {...view} />;
  }
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
      <LessonFigure title="Forward pass" onReset={reset}>
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
      <LessonFigure title="Backward pass" onReset={reset}>
        {summary}
        <PassStepper
          trace={run.trace}
          mode="backward"
          position={params.bs}
          onPosition={(bs) => setParams({ bs })}
          ariaLabel="Backward pass through the scalar example"
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
  return (
    <>
      <div className="prose">
        <CustomOp />
      </div>
      <LessonFigure
        title="A custom Multiply, and a gradient check"
        onReset={() => setParams({ bug: 'none' })}
      >
        <CustomOpFigure
          inputs={inputs}
          bug={params.bug as CustomOpFigureProps['bug']}
          onBug={(bug) => setParams({ bug })}
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
          onMode={(sig) => setParams({ sig, ss: 0 })}
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
      <LessonFigure title="Sandbox" onReset={reset}>
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
