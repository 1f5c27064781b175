/**
 * The chain rule assembling: ∂L/∂w1's four factors revealed in backprop order (one per click),
 * each partial product named, then a prediction of ∂L/∂w2 that re-uses the shared factor.
 */
import { useState } from 'react';
import { Tex } from '../../components/Tex';
import { PredictReveal } from '../../components/controls/PredictReveal';
import { useSubSteps } from '../../kit/substeps';
import { chainForW1, chainForW2 } from './chain';
import { chainProductTex } from './chain-tex';
import { dL, texNum } from './tex-format';
import type { ScalarRun } from './useScalarTrace';
import { finalGrad } from './trace';
import ChainShared from './chain-shared.mdx';

/** Props of {@link ChainAssembly}. */
export interface ChainAssemblyProps {
  /** The traced scalar example. */
  run: ScalarRun;
  /** Factors revealed so far (0 … 4; clamped here). */
  shown: number;
  /** Called with a new count. */
  onShown: (shown: number) => void;
}

/** The chain-rule product for ∂L/∂w1 built factor by factor, and the ∂L/∂w2 prediction. */
export function ChainAssembly({ run, shown, onShown }: ChainAssemblyProps) {
  const w1 = chainForW1(run.trace, run.tensors);
  const w2 = chainForW2(run.trace, run.tensors);
  const k = Math.min(w1.length, Math.max(0, shown));
  const gradW1 = finalGrad(run.trace, run.tensors.w1);
  const gradW2 = finalGrad(run.trace, run.tensors.w2);
  // After the four factors, one more press answers the ∂L/∂w₂ question (the room answers first).
  const [isW2Shown, setW2Shown] = useState(false);
  useSubSteps({
    next: () => {
      if (k < w1.length) onShown(k + 1);
      else if (!isW2Shown) setW2Shown(true);
      else return false;
      return true;
    },
    prev: () => {
      if (isW2Shown) setW2Shown(false);
      else if (k > 0) onShown(k - 1);
      else return false;
      return true;
    },
    position: () => [k + (isW2Shown ? 1 : 0), w1.length + 1],
    clicker: `Each press multiplies in the next factor of ∂L/∂w₁ (${w1.length} in all), then one more reveals ∂L/∂w₂ (ask the room first); Back undoes one.`,
  });
  const latest = k > 0 ? w1[k - 1] : null;
  return (
    <div className="bp-chain">
      <div className="bp-chain__formula bp-big" data-testid="chain-w1">
        <Tex tex={chainProductTex(dL('w_1'), w1, k, gradW1)} display />
      </div>
      <p className="bp-muted bp-chain__legend">
        The boxed factor, ∂L/∂ŷ, is the one both weights share.
      </p>
      <p className="bp-chain__running" aria-live="polite">
        {latest ? (
          <>
            Known so far: <Tex tex={`${latest.runningTex} = ${texNum(latest.runningValue)}`} /> ({k}{' '}
            of {w1.length} factors)
          </>
        ) : (
          'Backprop starts at the loss. Multiply in the first factor.'
        )}
      </p>
      <div className="bp-row" role="group" aria-label="Assemble the product">
        <button type="button" onClick={() => onShown(k - 1)} disabled={k <= 0}>
          ← Remove a factor
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => onShown(k + 1)}
          disabled={k >= w1.length}
        >
          Multiply in the next factor →
        </button>
      </div>
      <div className="bp-chain__predict">
        <PredictReveal
          question={<>Now the other weight. What is ∂L/∂w₂ for these inputs?</>}
          answer={gradW2 ?? NaN}
          isRevealed={isW2Shown}
          onReveal={setW2Shown}
          mistakes={[
            {
              value: gradW1 ?? NaN,
              message: (
                <>
                  That is w₁&rsquo;s chain, ∂L/∂w₁. The path to w₂ leaves the graph one op earlier:
                  ∂L/∂ŷ · ∂ŷ/∂w₂.
                </>
              ),
            },
            {
              value: w2[0]?.value ?? NaN,
              message: <>That is ∂L/∂ŷ alone, the upstream gradient: multiply it by ∂ŷ/∂w₂ = g.</>,
            },
          ]}
          explanation={
            <>
              <div className="bp-big">
                <Tex tex={chainProductTex(dL('w_2'), w2, w2.length, gradW2)} display />
              </div>
              <ChainShared />
            </>
          }
        />
      </div>
    </div>
  );
}
