/**
 * The MNIST MLP with H = 100, trained in the worker: the 100 rows of W₁ as 28×28 templates, and
 * for a chosen class its row of W₂, sorted; the linear model's test accuracy beside it.
 */
import { useEffect, useMemo, useState } from 'react';
import { WeightTemplate } from '../../components/digits/WeightTemplate';
import { MNIST_PIXELS } from '../../data/mnist-shape';
import { useSubSteps } from '../../kit/substeps';
import type { WeightSnapshot } from '../../worker';
import { linearConfig, TEMPLATE_EPOCHS, templatesConfig } from './mnist-configs';
import { rankUnits } from './templates';
import { useMnistRun } from './useMnistRun';

/** Props of {@link TemplatesFigure}. */
export interface TemplatesFigureProps {
  /** Class whose W₂ row is sorted. */
  cls: number;
  /** Picks the class. */
  onClass: (cls: number) => void;
}

const TOP = 8;
const POLL_MS = 1500;
const pct = (v: number | null | undefined) => (v == null ? '…' : `${(100 * v).toFixed(2)}%`);

/** Fetches W₁ and W₂ now and then while the run trains, and once when it stops. */
function useLayers(run: ReturnType<typeof useMnistRun>) {
  const [w, setW] = useState<{ w1: WeightSnapshot; w2: WeightSnapshot } | null>(null);
  const { client, snapshot } = run;
  const status = snapshot.status;
  useEffect(() => {
    if (status === 'idle' || status === 'loading' || status === 'error') return undefined;
    const fetch = () =>
      Promise.all([client.getWeights(0), client.getWeights(1)]).then(
        ([w1, w2]) => setW({ w1, w2 }),
        () => undefined,
      );
    void fetch();
    if (status !== 'running') return undefined;
    const id = setInterval(fetch, POLL_MS);
    return () => clearInterval(id);
  }, [client, status]);
  return w;
}

/** The templates figure. */
export function TemplatesFigure({ cls, onClass }: TemplatesFigureProps) {
  const mlp = useMnistRun();
  const linear = useMnistRun();
  const layers = useLayers(mlp);
  const isStarted = mlp.snapshot.status !== 'idle';
  const train = () => {
    linear.start(linearConfig(TEMPLATE_EPOCHS));
    mlp.start(templatesConfig(TEMPLATE_EPOCHS));
  };
  // The clicker starts training, waits for the templates, then walks through the classes.
  useSubSteps({
    next: () => {
      if (!isStarted) return (train(), true);
      if (!layers) return mlp.snapshot.status === 'loading' || mlp.snapshot.status === 'running';
      if (cls < 9) return (onClass(cls + 1), true);
      return false;
    },
    prev: () => (layers && cls > 0 ? (onClass(cls - 1), true) : false),
    clicker:
      'The first press trains both models (presses wait until the templates show); then each press moves to the next class, up to 9; Back to the previous class.',
  });
  const ranked = useMemo(
    () => (layers ? rankUnits(layers.w2.weight, layers.w2.shape[1], cls, TOP) : []),
    [layers, cls],
  );
  const w1 = layers?.w1.weight;
  const row = (j: number) => w1!.subarray(j * MNIST_PIXELS, (j + 1) * MNIST_PIXELS);
  const p = mlp.snapshot.progress;
  const done = mlp.snapshot.status === 'paused' && (p?.epoch ?? 0) >= TEMPLATE_EPOCHS - 1e-9;
  return (
    <div className="mlp-templates">
      <div className="mlp-controls">
        <button
          type="button"
          className="mlp-button"
          onClick={train}
          disabled={mlp.snapshot.status === 'running'}
        >
          {isStarted ? 'Train again' : `Train ${TEMPLATE_EPOCHS} epochs`}
        </button>
        <p className="mlp-stats" aria-live="polite" data-testid="templates-status" data-done={done}>
          {mlp.snapshot.status === 'loading' && 'Loading 60,000 digits… '}
          epoch {(p?.epoch ?? 0).toFixed(2)} of {TEMPLATE_EPOCHS} · {mlp.seconds.toFixed(1)} s · MLP
          test accuracy <strong>{pct(mlp.snapshot.lastEval?.testAccuracy)}</strong> · linear model
          (same data, epochs, optimizer):{' '}
          <strong>{pct(linear.snapshot.lastEval?.testAccuracy)}</strong>
        </p>
      </div>
      {w1 && (
        <div className="mlp-templates__cols">
          <div className="mlp-templates__grid" aria-label="The 100 rows of W₁ as 28×28 templates">
            {Array.from({ length: layers!.w1.shape[0] }, (_, j) => (
              <WeightTemplate
                key={j}
                weights={row(j)}
                size={40}
                showLegend={false}
                ariaLabel={`Template ${j + 1}`}
              />
            ))}
          </div>
          <div className="mlp-templates__class">
            <div className="mlp-seg" role="radiogroup" aria-label="Class">
              {Array.from({ length: 10 }, (_, c) => (
                <button
                  key={c}
                  type="button"
                  role="radio"
                  aria-checked={c === cls}
                  className={c === cls ? 'is-on' : ''}
                  onClick={() => onClass(c)}
                >
                  {c}
                </button>
              ))}
            </div>
            <p>
              Each template has its own colour scale (orange positive, blue negative). Row {cls} of
              W₂, sorted: the {TOP} templates class {cls} weighs most, and the 4 it weighs least.
            </p>
            <ol className="mlp-ranked">
              {[...ranked.slice(0, TOP), ...ranked.slice(-4)].map((r) => (
                <li key={r.unit}>
                  <WeightTemplate
                    weights={row(r.unit)}
                    size={48}
                    showLegend={false}
                    ariaLabel={`Template ${r.unit + 1}`}
                  />
                  <span>
                    #{r.unit + 1}: {r.weight.toFixed(2)}
                    {r.sharedWith.length > 0 && (
                      <small> also top for {r.sharedWith.join(', ')}</small>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </div>
  );
}
