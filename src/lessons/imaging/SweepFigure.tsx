/** PSNR against σ: the noisy input, the best blur per σ, and the denoiser trained at one σ. */
import { useMemo } from 'react';
import { formatNumber, LineChart } from '../../components';
import type { MnistDataset } from '../../data/mnist-types';
import { bestBlur, cleanDigits, meanPsnr, noisyDigits, SWEEP_SIGMAS } from './denoise';
import { imagingStore, parseDenoiserKey } from './store';
import { useDenoised } from './useDenoised';

/** Digits per noise level in the sweep. */
const SWEEP_COUNT = 20;

/** Where the learned filter is ahead of the blur and where it is not, in words. */
export function verdict(sigmas: readonly number[], blur: number[], learned: number[]): string {
  const wins = sigmas.filter((_, i) => learned[i] > blur[i]);
  const losses = sigmas.filter((_, i) => learned[i] <= blur[i]);
  const list = (v: number[]) => v.map((x) => `σ = ${x}`).join(', ');
  if (losses.length === 0)
    return `The learned filter beats the best blur at every noise level here.`;
  if (wins.length === 0)
    return `The learned filter loses to the best blur at every noise level: train it longer.`;
  return `The learned filter beats the best blur at ${list(wins)}, and loses at ${list(losses)}.`;
}

/** The sweep chart and its verdict. */
export function SweepFigure({ data }: { data: MnistDataset }) {
  const trained = parseDenoiserKey(imagingStore.useLessonStore((s) => s.trainedKey));
  const clean = useMemo(() => cleanDigits(data, SWEEP_COUNT), [data]);
  const noisy = useMemo(() => SWEEP_SIGMAS.map((s) => noisyDigits(clean, s, 2)), [clean]);
  const blur = useMemo(() => noisy.map((n) => bestBlur(n, clean).psnr), [noisy, clean]);
  const flat = useMemo(() => noisy.flat(), [noisy]);
  const learnedOut = useDenoised(flat);
  const raw = noisy.map((n) => meanPsnr(n, clean));
  const learned = learnedOut
    ? SWEEP_SIGMAS.map((_, i) =>
        meanPsnr(learnedOut.slice(i * SWEEP_COUNT, (i + 1) * SWEEP_COUNT), clean),
      )
    : null;
  const x = [...SWEEP_SIGMAS];
  const series = [
    { id: 'noisy', label: 'noisy input', y: raw, x, dashed: true, colorIndex: 8 },
    { id: 'blur', label: 'best blur', y: blur, x, colorIndex: 0 },
    ...(learned
      ? [
          {
            id: 'learned',
            label: `learned (trained at σ = ${trained?.sigma})`,
            y: learned,
            x,
            colorIndex: 5,
          },
        ]
      : []),
  ];
  return (
    <div className="im-sweep">
      <LineChart
        series={series}
        xLabel="noise σ"
        yLabel="mean PSNR (dB)"
        height={240}
        ariaLabel="Mean PSNR against noise level"
      />
      <p className="im-verdict" data-testid="im-verdict">
        {learned
          ? verdict(x, blur, learned)
          : 'No denoiser yet: train one with the controls below to add its curve.'}
        {learned &&
          ` At σ = ${x[x.length - 1]} the gap is ${formatNumber(Number((learned[x.length - 1] - blur[x.length - 1]).toFixed(1)))} dB.`}
      </p>
    </div>
  );
}
