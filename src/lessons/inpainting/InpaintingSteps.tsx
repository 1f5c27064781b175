/** The inpainting lesson's steps: task, model, live training, measurement, painting, exercises. */
import { useEffect, type ComponentType, type ReactNode } from 'react';
import type { MnistDataset } from '../../data/mnist-types';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { DigitsGate } from '../../kit/DigitsGate';
import { MeasureFigure, ModelFigure, TaskFigure, TrainFigure } from './InpaintFigures';
import { PaintFigure } from './PaintFigure';
import { inpaintStore } from './store';
import { useInpaintView, type InpaintView } from './useInpaintView';
import Task from './task.mdx';
import Model from './model.mdx';
import Train from './train.mdx';
import Measure from './measure.mdx';
import Paint from './paint.mdx';
import './inpainting.css';

const NAMES = {
  f: 'hidden fraction',
  b: 'box side',
  bh: 'band height',
  h: 'hidden units H',
  d: 'digit',
};

function Notices() {
  const view = useInpaintView();
  const load = inpaintStore.useLessonStore((s) => s.load);
  useEffect(load, [load]);
  const problems = [
    view.params.m === 'painted' ? view.painted.problem : null,
    view.paintStep.problem,
  ];
  return (
    <>
      <RejectedParamsNotice keys={view.rejected} clamped={view.clamped} names={NAMES} />
      {problems.map(
        (p, i) =>
          p && (
            <p key={i} className="notice" role="status">
              {p}
            </p>
          ),
      )}
    </>
  );
}

/** Wraps every step: the lesson's store (its worker stops when the lesson is left) and notices. */
export function InpaintingLayout({ isPresenting, children }: LessonLayoutProps) {
  return (
    <inpaintStore.Provider>
      <div className={`ip-lesson${isPresenting ? ' ip-lesson--presenting' : ''}`}>
        <Notices />
        {children}
      </div>
    </inpaintStore.Provider>
  );
}

function WithDigits({ children }: { children: (data: MnistDataset) => ReactNode }) {
  const digits = inpaintStore.useLessonStore((s) => s.digits);
  const load = inpaintStore.useLessonStore((s) => s.load);
  return (
    <DigitsGate load={digits} onRetry={load} label="Downloading the MNIST test digits">
      {children}
    </DigitsGate>
  );
}

type Figure = ComponentType<{ data: MnistDataset; view: InpaintView }>;

function step(lead: string, Prose: ComponentType, title: string, Body: Figure) {
  return function InpaintStep() {
    const view = useInpaintView();
    const reset = inpaintStore.useLessonStore((s) => s.reset);
    return (
      <>
        <p className="lead">{lead}</p>
        <div className="prose">
          <Prose />
        </div>
        <LessonFigure title={title} onReset={reset}>
          <WithDigits>{(data) => <Body data={data} view={view} />}</WithDigits>
        </LessonFigure>
      </>
    );
  };
}

/** Step content: the task. */
export const TaskContent = step(
  'Inputs are masked digits; targets are the originals.',
  Task,
  'Masked in, whole out',
  TaskFigure,
);
/** Step content: the model and loss. */
export const ModelContent = step(
  'The classifier’s MLP with a 784-pixel output and a squared-error loss.',
  Model,
  'ŷ = W₂ max(0, W₁ x), L = ½‖y − ŷ‖²: the engine’s graph',
  ModelFigure,
);
/** Step content: live training. */
export const TrainContent = step(
  'Trained in a worker: the loss falls and the predictions sharpen.',
  Train,
  'Training live',
  TrainFigure,
);
/** Step content: PSNR against the baselines. */
export const MeasureContent = step(
  'PSNR on the hidden pixels: the MLP against two hand-made fills.',
  Measure,
  'PSNR on the hidden pixels',
  MeasureFigure,
);
/** Step content: paint a mask. */
export const PaintContent = step(
  'Paint a hole; see the fill, the error and ∂L/∂ŷ = ŷ − y.',
  Paint,
  'Your mask, the network’s fill',
  PaintFigure,
);

/** Step content: the introduction to the exercises (the shell renders them). */
export function PracticeContent() {
  return (
    <div className="prose">
      <p>
        Each question is drawn from a seed and answered by the engine: it builds the inpainting
        model or its loss with these numbers and runs the backward pass. Work it by hand first, then
        check. <em>New numbers</em> draws another question.
      </p>
    </div>
  );
}
