/** A 3×3 kernel (editable, with presets) applied to a digit by the engine. */
import { useMemo } from 'react';
import { DigitCanvas, NumberInput, WeightTemplate } from '../../components';
import { convolve } from '../../data/image-ops';
import { MNIST_PIXELS, scalePixels } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';
import { usePresetClicker } from './usePresetClicker';
import { K, MAX_ENTRY, PRESET_NAMES, PRESETS, presetOf, type PresetName } from './kernel';

/** The digit's pixels in 0..1. */
export function digitPixels(data: MnistDataset, index: number): Float32Array {
  return scalePixels(data.images.subarray(index * MNIST_PIXELS, (index + 1) * MNIST_PIXELS));
}

/** Props of {@link ConvFigure}. */
export interface ConvFigureProps {
  /** The test digits. */
  data: MnistDataset;
  /** Index of the digit shown. */
  digit: number;
  /** The nine kernel values, row by row. */
  kernel: number[];
  /** Called with new kernel values. */
  onKernel: (kernel: number[]) => void;
  /** Called with another digit index. */
  onDigit: (digit: number) => void;
}

/** Kernel editor, presets (the clicker steps through them), input digit and filtered output. */
export function ConvFigure({ data, digit, kernel, onKernel, onDigit }: ConvFigureProps) {
  const input = useMemo(() => digitPixels(data, digit), [data, digit]);
  const output = useMemo(() => convolve(input, kernel, K), [input, kernel]);
  const preset = presetOf(kernel);
  usePresetClicker(kernel, onKernel);
  return (
    <div className="nx-conv">
      <div className="nx-kernel">
        <div className="nx-presets" role="group" aria-label="Kernel presets">
          {PRESET_NAMES.map((name: PresetName) => (
            <button
              key={name}
              type="button"
              aria-pressed={preset === name}
              onClick={() => onKernel([...PRESETS[name]])}
            >
              {name}
            </button>
          ))}
        </div>
        <div className="nx-kernel-grid" role="group" aria-label="The 3×3 kernel">
          {kernel.map((v, i) => (
            <NumberInput
              key={i}
              label={`row ${Math.floor(i / K) + 1}, col ${(i % K) + 1}`}
              value={Number(v.toPrecision(4))}
              min={-MAX_ENTRY}
              max={MAX_ENTRY}
              step={0.25}
              onChange={(nv) => onKernel(kernel.map((old, j) => (j === i ? nv : old)))}
            />
          ))}
        </div>
      </div>
      <div className="nx-images">
        <div className="nx-image">
          <DigitCanvas
            pixels={input}
            size={168}
            ariaLabel={`Test digit ${digit}, a handwritten ${data.labels[digit]}`}
          />
          <span>input x (28×28)</span>
          <div className="nx-digit-nav">
            <button
              type="button"
              onClick={() => onDigit((digit + 99) % 100)}
              aria-label="Previous digit"
            >
              ‹
            </button>
            <span>digit {digit}</span>
            <button
              type="button"
              onClick={() => onDigit((digit + 1) % 100)}
              aria-label="Next digit"
            >
              ›
            </button>
          </div>
        </div>
        <div className="nx-image">
          <WeightTemplate weights={output} size={168} ariaLabel="The filtered digit" />
          <span>output: kernel slid over x (28×28)</span>
        </div>
      </div>
    </div>
  );
}
