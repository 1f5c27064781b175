/** The imaging lesson's steps: learned pipelines, a live denoising duel, and PSNR against σ. */
import { useEffect, type ReactNode } from 'react';
import type { MnistDataset } from '../../data/mnist-types';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { DigitsGate } from '../../kit/DigitsGate';
import { useUrlParams } from '../../kit/useUrlParams';
import { DenoiseFigure } from './DenoiseFigure';
import { Pipelines } from './Pipelines';
import { SweepFigure } from './SweepFigure';
import { TrainControls } from './TrainControls';
import { IMAGING_PARAMS } from './params';
import { imagingStore } from './store';
import PipelinesText from './pipelines.mdx';
import DenoiseText from './denoise.mdx';
import SweepText from './sweep.mdx';
import './imaging.css';

const NAMES = { s: 'noise σ', h: 'hidden units H' };

function Notices() {
  const [, , rejected, clamped] = useUrlParams(IMAGING_PARAMS);
  const load = imagingStore.useLessonStore((s) => s.load);
  useEffect(load, [load]);
  return (
    <>
      <RejectedParamsNotice keys={rejected} clamped={clamped} names={NAMES} />
    </>
  );
}

/** Wraps every step: the lesson's store (its worker stops when the lesson is left) and notices. */
export function ImagingLayout({ isPresenting, children }: LessonLayoutProps) {
  return (
    <imagingStore.Provider>
      <div className={`im-lesson${isPresenting ? ' im-lesson--presenting' : ''}`}>
        <Notices />
        {children}
      </div>
    </imagingStore.Provider>
  );
}

function WithDigits({ children }: { children: (data: MnistDataset) => ReactNode }) {
  const digits = imagingStore.useLessonStore((s) => s.digits);
  const load = imagingStore.useLessonStore((s) => s.load);
  return (
    <DigitsGate load={digits} onRetry={load} label="Downloading the MNIST test digits">
      {children}
    </DigitsGate>
  );
}

/** Step content: the learned pipelines. */
export function PipelinesContent() {
  return (
    <>
      <p className="lead">
        Camera pipelines that were designed by hand are now learned from examples.
      </p>
      <div className="prose">
        <PipelinesText />
      </div>
      <LessonFigure title="Learned pipelines in computational imaging (from the lecture)">
        <Pipelines />
      </LessonFigure>
    </>
  );
}

/** Step content: the live denoising comparison. */
export function DenoiseContent() {
  const [params, setParams] = useUrlParams(IMAGING_PARAMS);
  const reset = imagingStore.useLessonStore((s) => s.reset);
  return (
    <>
      <p className="lead">
        A Gaussian blur against an MLP trained live on noisy digits: PSNR decides.
      </p>
      <div className="prose">
        <DenoiseText />
      </div>
      <LessonFigure
        title="Hand-made against learned denoising"
        onReset={() => {
          reset();
          setParams({ s: IMAGING_PARAMS.s.default, h: IMAGING_PARAMS.h.default });
        }}
      >
        <WithDigits>
          {(data) => (
            <DenoiseFigure
              data={data}
              sigma={params.s}
              hidden={params.h}
              onSigma={(s) => setParams({ s: Number(s.toFixed(2)) })}
              onHidden={(h) => setParams({ h })}
            />
          )}
        </WithDigits>
      </LessonFigure>
    </>
  );
}

/** Step content: PSNR as σ changes. */
export function SweepContent() {
  const [params] = useUrlParams(IMAGING_PARAMS);
  return (
    <>
      <p className="lead">
        The learned filter wins near the noise it was trained on; elsewhere it may not.
      </p>
      <div className="prose">
        <SweepText />
      </div>
      <LessonFigure title="Mean PSNR against noise level">
        <WithDigits>{(data) => <SweepFigure data={data} />}</WithDigits>
        <TrainControls sigma={params.s} hidden={params.h} />
      </LessonFigure>
    </>
  );
}
