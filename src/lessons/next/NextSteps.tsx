/** The closing lesson's steps: a first convolution, the same op as a matrix, what's next, the course. */
import { useEffect, useMemo } from 'react';
import type { LessonLayoutProps } from '../../kit/lesson';
import { LessonFigure } from '../../kit/LessonFigure';
import { RejectedParamsNotice } from '../../kit/RejectedParamsNotice';
import { DigitsGate } from '../../kit/DigitsGate';
import { useUrlParams } from '../../kit/useUrlParams';
import { ConvFigure, digitPixels } from './ConvFigure';
import { MatrixFigure } from './MatrixFigure';
import { CourseSummary } from './CourseSummary';
import { formatKernel, MAX_ENTRY, PRESETS, readKernel } from './kernel';
import { NEXT_PARAMS } from './params';
import { nextStore } from './store';
import { usePresetClicker } from './usePresetClicker';
import Conv from './conv.mdx';
import Matrix from './matrix.mdx';
import Lectures from './lectures.mdx';
import Summary from './summary.mdx';
import './next.css';

function useKernel() {
  const [params, setParams, rejected, clamped] = useUrlParams(NEXT_PARAMS);
  const reading = useMemo(() => readKernel(params.k), [params.k]);
  return {
    params,
    setParams,
    rejected: reading.problem === 'malformed' ? [...rejected, 'k'] : rejected,
    clamped,
    kernel: reading.kernel,
    isClamped: reading.problem === 'clamped',
    setKernel: (kernel: number[]) => setParams({ k: formatKernel(kernel) }),
  };
}

function Notices() {
  const { rejected, clamped, isClamped } = useKernel();
  return (
    <>
      <RejectedParamsNotice keys={rejected} clamped={clamped} />
      {isClamped && (
        <p className="notice" role="status">
          Kernel entries are limited to ±{MAX_ENTRY}; larger values from the link were clamped.
        </p>
      )}
    </>
  );
}

function Loaded() {
  const load = nextStore.useLessonStore((s) => s.load);
  useEffect(load, [load]);
  return null;
}

/** Wraps every step: the lesson's store, its notices. */
export function NextLayout({ isPresenting, children }: LessonLayoutProps) {
  return (
    <nextStore.Provider>
      <div className={`nx-lesson${isPresenting ? ' nx-lesson--presenting' : ''}`}>
        <Loaded />
        <Notices />
        {children}
      </div>
    </nextStore.Provider>
  );
}

function WithDigits({ children }: { children: Parameters<typeof DigitsGate>[0]['children'] }) {
  const digits = nextStore.useLessonStore((s) => s.digits);
  const load = nextStore.useLessonStore((s) => s.load);
  return (
    <DigitsGate load={digits} onRetry={load} label="Downloading the MNIST test digits">
      {children}
    </DigitsGate>
  );
}

/** Step content: a 3×3 kernel applied to a digit. */
export function ConvContent() {
  const { params, setParams, kernel, setKernel } = useKernel();
  return (
    <>
      <p className="lead">
        A 3×3 kernel slides over the digit: each output pixel is a weighted sum of 9 neighbours.
      </p>
      <div className="prose">
        <Conv />
      </div>
      <LessonFigure
        title="A first convolution"
        onReset={() => setParams({ k: formatKernel(PRESETS.blur), d: 0 })}
      >
        <WithDigits>
          {(data) => (
            <ConvFigure
              data={data}
              digit={params.d}
              kernel={kernel}
              onKernel={setKernel}
              onDigit={(d) => setParams({ d })}
            />
          )}
        </WithDigits>
      </LessonFigure>
    </>
  );
}

/** Step content: the same filter as a 784×784 linear layer. */
export function MatrixContent() {
  const { params, setParams, kernel, setKernel } = useKernel();
  usePresetClicker(kernel, setKernel);
  return (
    <>
      <p className="lead">
        The same filter is a linear layer whose 784×784 weights are local and shared.
      </p>
      <div className="prose">
        <Matrix />
      </div>
      <LessonFigure
        title="The convolution as a matrix"
        onReset={() => setParams({ k: formatKernel(PRESETS.blur), d: 0 })}
      >
        <WithDigits>
          {(data) => <MatrixFigure input={digitPixels(data, params.d)} kernel={kernel} />}
        </WithDigits>
      </LessonFigure>
    </>
  );
}

/** Step content: the next lectures and further reading. */
export function LecturesContent() {
  return (
    <div className="prose nx-lectures">
      <Lectures />
    </div>
  );
}

/** Step content: every lesson's one idea, linked. */
export function SummaryContent() {
  return (
    <>
      <div className="prose">
        <Summary />
      </div>
      <LessonFigure title="The course in one page" className="nx-summary-figure">
        <CourseSummary />
      </LessonFigure>
    </>
  );
}
