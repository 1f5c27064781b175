/** Choose the training mask: random pixels (fraction), a centred box, a band, or a painted mask. */
import { Slider } from '../../components';
import { MASK_LIMITS } from '../../data/mask-spec';
import { MaskPainter } from './MaskPainter';
import type { InpaintView } from './useInpaintView';

const KINDS = [
  ['pixels', 'Random pixels'],
  ['box', 'Box'],
  ['band', 'Band'],
  ['painted', 'Painted'],
] as const;

/** The kind switch and the chosen kind's control. */
export function MaskControls({ view, image }: { view: InpaintView; image: Float32Array }) {
  const { params, setParams } = view;
  return (
    <div className="ip-mask-controls">
      <div className="ip-row" role="radiogroup" aria-label="Mask">
        {KINDS.map(([kind, label]) => (
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={params.m === kind}
            onClick={() => setParams({ m: kind })}
          >
            {label}
          </button>
        ))}
      </div>
      {params.m === 'pixels' && (
        <Slider
          label="Hidden fraction"
          value={params.f}
          {...MASK_LIMITS.fraction}
          step={0.05}
          onChange={(f) => setParams({ f: Number(f.toFixed(2)) })}
        />
      )}
      {params.m === 'box' && (
        <Slider
          label="Box side (px)"
          value={params.b}
          {...MASK_LIMITS.size}
          step={1}
          onChange={(b) => setParams({ b: Math.round(b) })}
        />
      )}
      {params.m === 'band' && (
        <Slider
          label="Band height (rows)"
          value={params.bh}
          {...MASK_LIMITS.height}
          step={1}
          onChange={(bh) => setParams({ bh: Math.round(bh) })}
        />
      )}
      {params.m === 'painted' && (
        <MaskPainter image={image} mask={view.painted.mask} onMask={view.setPainted} size={168} />
      )}
    </div>
  );
}
