/** Step 1: a real MNIST digit as the computer sees it, then flattened into x ∈ ℝ⁷⁸⁴. */
import { useMemo } from 'react';
import { Tex } from '../../components/Tex';
import { PixelGrid } from '../../components/digits/PixelGrid';
import { MNIST_SIDE, toUnit } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';
import { LessonFigure } from '../../kit/LessonFigure';
import { DataGate } from './DataGate';
import { DigitPicker } from './DigitPicker';
import Flatten from './flatten.mdx';
import Pixels from './pixels.mdx';
import { imageAt } from './variation';

/** Props of {@link PixelsStep}. */
export interface PixelsStepProps {
  /** Test digit on screen. */
  digit: number;
  /** Picks another test digit. */
  onDigit: (index: number) => void;
}

/** A grey level as the model's input x = pixel / 255, two decimals ("0" for paper). */
export function scaledText(v: number): string {
  return v === 0 ? '0' : toUnit(v).toFixed(2);
}

/** The 784 inputs x = pixel / 255, row after row. */
export function FlatVector({ pixels }: { pixels: Uint8Array }) {
  const rows = Array.from({ length: MNIST_SIDE }, (_, r) =>
    Array.from(pixels.subarray(r * MNIST_SIDE, (r + 1) * MNIST_SIDE)),
  );
  return (
    <div
      className="flat-vector"
      role="group"
      aria-label="The 784 values of the digit, row after row"
      tabIndex={0}
    >
      {rows.map((row, r) => (
        <span key={r} className="flat-row">
          <span className="flat-row-mark">row {r}:</span>{' '}
          {row.map((v, c) => (
            <span key={c} className={v > 0 ? 'flat-ink' : undefined}>
              {scaledText(v)}
              {r === 27 && c === 27 ? '' : ', '}
            </span>
          ))}
        </span>
      ))}
    </div>
  );
}

function DigitFigures({ data, digit, onDigit }: PixelsStepProps & { data: MnistDataset }) {
  const index = Math.min(digit, data.count - 1);
  const pixels = useMemo(() => imageAt(data, index), [data, index]);
  const label = data.labels[index];
  return (
    <div className="pixels-figures">
      <LessonFigure
        title={`Test digit #${index}: a ${label}, as 28 × 28 grey levels`}
        caption="0 is paper, 255 is full ink."
      >
        <DigitPicker index={index} count={data.count} label={label} onChange={onDigit} />
        <PixelGrid
          pixels={pixels}
          ariaLabel={`Pixel values of test digit ${index}, a handwritten ${label}`}
        />
      </LessonFigure>
      <div className="prose">
        <Flatten />
      </div>
      <LessonFigure
        title={
          <span>
            The same digit as one vector <Tex tex="x \in \mathbb{R}^{784}" />
          </span>
        }
        caption="The 28 rows laid end to end: 784 numbers x = pixel / 255 in [0, 1], shape 784 (× 1). Inked pixels in bold."
      >
        <p className="linear-readout">
          <Tex
            tex={`x = (x_0, x_1, \\dots, x_{783}),\\quad x_{28r + c} = \\text{pixel}(r, c) / 255`}
          />
        </p>
        <FlatVector pixels={pixels} />
      </LessonFigure>
    </div>
  );
}

/** The pixels step. */
export function PixelsStep(props: PixelsStepProps) {
  return (
    <>
      <div className="prose">
        <Pixels />
      </div>
      <DataGate>{(data) => <DigitFigures data={data} {...props} />}</DataGate>
    </>
  );
}
