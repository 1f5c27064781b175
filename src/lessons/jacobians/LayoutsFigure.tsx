/** Numerator against denominator layout: the same chain, the same numbers, the product flipped. */
import { useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { Formula } from './Formula';
import { useSubSteps } from '../../kit/substeps';
import { layoutChains, type LayoutChain } from './layouts';
import { bmatrix } from './tex';

/** Props of {@link LayoutsFigure}. */
export interface LayoutsFigureProps {
  /** The convention shown. */
  layout: 'num' | 'den';
  /** Called with the chosen convention. */
  onLayout: (layout: 'num' | 'den') => void;
}

const shape = (rows: number[][]) => `${rows.length}\\times${rows[0]?.length ?? 0}`;

function chainTex(chain: LayoutChain): string {
  const names = chain.factors.map((f) => `\\underset{${shape(f.rows)}}{${f.tex}}`).join('\\,');
  const values = chain.factors.map((f) => bmatrix(f.rows)).join('');
  return `\\frac{\\partial L}{\\partial f} = ${names} = ${values} = ${bmatrix(chain.product)}`;
}

/** The layouts figure. */
export function LayoutsFigure({ layout, onLayout }: LayoutsFigureProps) {
  const chains = useMemo(() => layoutChains(), []);
  useSubSteps({
    next: () => (layout === 'num' ? (onLayout('den'), true) : false),
    prev: () => (layout === 'den' ? (onLayout('num'), true) : false),
    clicker:
      'A press switches to the denominator layout (input × output), where the chain reverses; Back switches back.',
  });
  const chain = chains[layout];
  return (
    <div className="jc-layouts">
      <div className="jc-row" role="group" aria-label="Convention">
        <button type="button" aria-pressed={layout === 'num'} onClick={() => onLayout('num')}>
          Numerator layout: output × input
        </button>
        <button type="button" aria-pressed={layout === 'den'} onClick={() => onLayout('den')}>
          Denominator layout: input × output
        </button>
      </div>
      <Formula
        label="The chain with the engine's Jacobians"
        testId="layout-chain"
        tex={chainTex(chain)}
      />
      <p className="jc-readout" data-testid="layout-readout">
        {layout === 'num'
          ? `Read left to right from the loss: a 1×${chain.product[0].length} row.`
          : `Every factor is transposed, so the order reverses: a ${chain.product.length}×1 column.`}{' '}
        Largest difference from the engine’s ∂L/∂f: {formatNumber(chain.largest)}.
      </p>
    </div>
  );
}
