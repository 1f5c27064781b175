/**
 * The training lesson's steps. The layout owns the lesson store (three training workers) and
 * pauses every run when the student changes step; leaving the lesson disposes the workers, and
 * coming back offers the student's network as it was last kept (keep-run.ts).
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { useUrlParams } from '../../kit/useUrlParams';
import { TRAINING_PARAMS, type TrainingParams } from './params';
import type { RunSettings } from './run-config';
import { pauseAll, trainingStore, useTrainingStore } from './store';
import { LoopFigure } from './LoopFigure';
import { TrainFigure } from './TrainFigure';
import { DivergeFigure } from './DivergeFigure';
import { InspectFigure } from './InspectFigure';
import { DrawFigure } from './DrawFigure';
import { KeepFigure } from './KeepFigure';
import { RunStatusLine } from './RunButtons';
import { KeptRunOffer } from './KeptRunOffer';
import Loop from './loop.mdx';
import Train from './train.mdx';
import Diverge from './diverge.mdx';
import Inspect from './inspect.mdx';
import Draw from './draw.mdx';
import Keep from './keep.mdx';
import './training.css';

function PauseOnStepChange({ stepId }: { stepId: string }) {
  const store = useTrainingStore();
  useEffect(() => () => void pauseAll(store), [stepId, store]);
  return null;
}

function SyncSettings({ settings }: { settings: RunSettings }) {
  const store = useTrainingStore();
  useEffect(() => store.setState({ settings }), [settings, store]);
  return null;
}

/** Wraps every step: the lesson store, the notices of unreadable or clamped link values, the kept run's offer. */
export function TrainingLayout({ isPresenting, stepId, children }: LessonLayoutProps) {
  const [params, setParams, rejected, clamped] = useUrlParams(TRAINING_PARAMS);
  const settings = useMemo(() => settingsOf(params), [params]);
  return (
    <trainingStore.Provider>
      <PauseOnStepChange stepId={stepId} />
      <SyncSettings settings={settings} />
      <div className={`tr-lesson${isPresenting ? ' tr-lesson--presenting' : ''}`}>
        <RejectedParamsNotice keys={rejected} clamped={clamped} />
        <KeptRunOffer applySettings={(s) => setParams(s)} />
        {children}
      </div>
    </trainingStore.Provider>
  );
}

function settingsOf(p: TrainingParams): RunSettings {
  return {
    layers: p.layers,
    width: p.width,
    act: p.act,
    opt: p.opt,
    lr: p.lr,
    bs: p.bs,
    ep: p.ep,
    seed: p.seed,
  };
}

function useParams() {
  const [params, setParams] = useUrlParams(TRAINING_PARAMS);
  const settings = useMemo(() => settingsOf(params), [params]);
  return { params, setParams, settings };
}

function Step({ prose, lead, children }: { prose: ReactNode; lead: string; children: ReactNode }) {
  return (
    <>
      <div className="prose">{prose}</div>
      <p className="lead">{lead}</p>
      {children}
    </>
  );
}

/** Step content: the loop in four beats. */
export function LoopContent() {
  const { settings } = useParams();
  return (
    <Step prose={<Loop />} lead="Sample a batch → forward → backward → update, one press per beat.">
      <LessonFigure title="One step of training, beat by beat">
        <LoopFigure settings={settings} />
        <RunStatusLine />
      </LessonFigure>
    </Step>
  );
}

/** Step content: train your own network. */
export function TrainContent() {
  const { params, setParams, settings } = useParams();
  return (
    <Step
      prose={<Train />}
      lead="Your network, your optimiser: watch the loss, the accuracy and every gradient norm."
    >
      <LessonFigure title="Train your own network on MNIST">
        <TrainFigure params={params} setParams={setParams} settings={settings} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: divergence. */
export function DivergeContent() {
  const { params, setParams } = useParams();
  return (
    <Step
      prose={<Diverge />}
      lead="Too large a learning rate: the run stops before the bad update and says where it blew up."
    >
      <LessonFigure
        title="A learning rate that is too large"
        onReset={() => setParams({ dlr: TRAINING_PARAMS.dlr.default })}
      >
        <DivergeFigure lr={params.dlr} onLr={(dlr) => setParams({ dlr })} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: interrogate the model. */
export function InspectContent() {
  const { params, setParams } = useParams();
  return (
    <Step
      prose={<Inspect />}
      lead="Where does your network go wrong? Rows: true digit; columns: its answer."
    >
      <LessonFigure
        title="Your network on the 10,000 test digits"
        onReset={() => setParams({ cell: -1 })}
      >
        <InspectFigure cell={params.cell} onCell={(cell) => setParams({ cell })} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: draw a digit. */
export function DrawContent() {
  return (
    <Step prose={<Draw />} lead="Your MLP and a linear model read the same drawing.">
      <LessonFigure title="Draw a digit">
        <DrawFigure />
      </LessonFigure>
    </Step>
  );
}

/** Step content: keep a model. */
export function KeepContent() {
  const { settings } = useParams();
  return (
    <Step
      prose={<Keep />}
      lead="Save the trained parameters to a file; load them back with the same accuracy."
    >
      <LessonFigure title="Keep your model">
        <KeepFigure settings={settings} />
      </LessonFigure>
    </Step>
  );
}

/** Step content: the introduction to the lesson's exercises (the shell renders them). */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Each question is drawn from a seed and answered by the engine: it builds the tensors with
        these numbers and runs the same forward, backward and optimiser code the worker trains with.
        Work it by hand first, then check.
      </p>
    </div>
  );
}
