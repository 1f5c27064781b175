/** Noisy digits, the best hand-tuned blur and the learned denoiser side by side, with mean PSNR. */
import { useMemo } from 'react';
import { DigitCanvas, formatNumber, NumberInput, Slider } from '../../components';
import type { MnistDataset } from '../../data/mnist-types';
import { bestBlur, cleanDigits, EVAL_COUNT, meanPsnr, noisyDigits, SHOWN } from './denoise';
import { HIDDEN, SIGMA } from './params';
import { TrainControls } from './TrainControls';
import { useDenoised } from './useDenoised';

/** Props of {@link DenoiseFigure}. */
export interface DenoiseFigureProps {
  /** The test digits. */
  data: MnistDataset;
  /** Noise σ. */
  sigma: number;
  /** Hidden units. */
  hidden: number;
  /** Called with a new σ. */
  onSigma: (sigma: number) => void;
  /** Called with a new hidden size. */
  onHidden: (hidden: number) => void;
}

const dB = (v: number) => `${formatNumber(Number(v.toFixed(1)))} dB`;

/** The live comparison. */
export function DenoiseFigure({ data, sigma, hidden, onSigma, onHidden }: DenoiseFigureProps) {
  const clean = useMemo(() => cleanDigits(data, EVAL_COUNT), [data]);
  const noisy = useMemo(() => noisyDigits(clean, sigma, 1), [clean, sigma]);
  const blur = useMemo(() => bestBlur(noisy, clean), [noisy, clean]);
  const learned = useDenoised(noisy);
  const scores = {
    noisy: meanPsnr(noisy, clean),
    blur: blur.psnr,
    learned: learned ? meanPsnr(learned, clean) : null,
  };
  const columns: [string, Float32Array[] | null][] = [
    ['clean', clean],
    [`noisy, σ = ${sigma}`, noisy],
    [`blur (width ${blur.width} px)`, blur.outputs],
    [learned ? 'learned MLP' : 'learned MLP (not trained yet)', learned],
  ];
  return (
    <div className="im-denoise">
      <div className="im-top">
        <div className="im-controls">
          <Slider
            label="Noise σ"
            value={sigma}
            min={SIGMA.min}
            max={SIGMA.max}
            step={0.01}
            onChange={onSigma}
          />
          <NumberInput
            label="Hidden units H"
            value={hidden}
            min={HIDDEN.min}
            max={HIDDEN.max}
            step={16}
            onChange={onHidden}
          />
        </div>
        <TrainControls sigma={sigma} hidden={hidden} />
      </div>
      <div className="im-gallery">
        {columns.map(([title, images]) => (
          <div key={title} className="im-column" role="group" aria-label={title}>
            <span className="im-col-title">{title}</span>
            {clean.slice(0, SHOWN).map((_, i) => (
              <span key={i}>
                {images ? (
                  <DigitCanvas pixels={images[i]} size={72} ariaLabel={`${title}, digit ${i}`} />
                ) : (
                  <span className="im-empty" aria-label="not trained yet">
                    –
                  </span>
                )}
              </span>
            ))}
          </div>
        ))}
      </div>
      <table className="im-scores" aria-label={`Mean PSNR over ${EVAL_COUNT} test digits`}>
        <thead>
          <tr>
            <th scope="col">mean PSNR over {EVAL_COUNT} test digits</th>
            <th scope="col">noisy input</th>
            <th scope="col">best blur</th>
            <th scope="col">learned</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">higher is better</th>
            <td>{dB(scores.noisy)}</td>
            <td>{dB(scores.blur)}</td>
            <td data-testid="im-learned-psnr">
              {scores.learned === null ? '–' : dB(scores.learned)}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
