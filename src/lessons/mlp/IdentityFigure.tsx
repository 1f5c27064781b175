/**
 * Why the non-linearity matters: the MNIST network 784 → 100 → 10 trained in the worker with the
 * chosen activation, then compared with the single matrix W₂W₁ (worker job collapseCheck) on
 * test digits; beside it a 2-D run whose boundary turns straight with the identity.
 */
import { useEffect, useState } from 'react';
import { Tex } from '../../components/Tex';
import { useSubSteps } from '../../kit/substeps';
import { PlaygroundFigure } from './PlaygroundFigure';
import { identityConfig } from './mnist-configs';
import { useMnistRun } from './useMnistRun';
import type { CollapseCheck } from '../../worker';
import type { ToySettings } from './toy-config';

/** Props of {@link IdentityFigure}. */
export interface IdentityFigureProps {
  /** Activation between the layers. */
  activation: 'relu' | 'identity';
  /** Switches it. */
  onActivation: (a: 'relu' | 'identity') => void;
}

/** Test digits compared. */
const COMPARED = 1000;

const TOY: Omit<ToySettings, 'act'> = {
  ds: 'xor',
  noise: 0.1,
  split: 50,
  layers: 2,
  width: 8,
  lr: 0.1,
  batch: 16,
  seed: 1,
};

/** The toggle, the collapse check and the 2-D boundary. */
export function IdentityFigure({ activation, onActivation }: IdentityFigureProps) {
  const run = useMnistRun();
  const [result, setResult] = useState<{ activation: string; check: CollapseCheck } | null>(null);
  const { start, client } = run;
  useEffect(() => {
    start(identityConfig(activation));
  }, [activation, start]);
  const status = run.snapshot.status;
  const iteration = run.snapshot.progress?.iteration ?? 0;
  useEffect(() => {
    if (status !== 'paused' && status !== 'ready' && status !== 'running') return;
    if (status === 'running' && iteration % 50 !== 0) return;
    client.collapseCheck(COMPARED).then(
      (check) => setResult({ activation, check }),
      () => undefined,
    );
  }, [status, iteration, client, activation]);
  const check = result?.activation === activation ? result.check : null;
  // The clicker switches ReLU off (and back on), so the room sees the collapse happen.
  useSubSteps({
    next: () => (activation === 'relu' ? (onActivation('identity'), true) : false),
    prev: () => (activation === 'identity' ? (onActivation('relu'), true) : false),
    position: () => [activation === 'identity' ? 1 : 0, 1],
    clicker:
      'After the training presses, a press switches the activation between the layers from ReLU to identity; Back switches back.',
  });
  const isId = activation === 'identity';
  return (
    <div className="mlp-identity">
      <div className="mlp-seg" role="radiogroup" aria-label="Activation between the layers">
        {(['relu', 'identity'] as const).map((a) => (
          <button
            key={a}
            type="button"
            role="radio"
            aria-checked={a === activation}
            className={a === activation ? 'is-on' : ''}
            onClick={() => onActivation(a)}
          >
            {a === 'relu' ? 'ReLU: max(0, ·)' : 'identity: no activation'}
          </button>
        ))}
      </div>
      <div className="mlp-big">
        <Tex
          tex={
            isId
              ? 'f = W_2 (W_1 x + b_1) + b_2 = (W_2 W_1)\\,x + (W_2 b_1 + b_2)'
              : 'f = W_2 \\max(0, W_1 x + b_1) + b_2 \\;\\neq\\; (W_2 W_1)\\,x + \\dots'
          }
          display
        />
      </div>
      <div className="mlp-identity__cols">
        <section
          className="mlp-identity__mnist"
          aria-label="MNIST: deep network against one matrix"
        >
          <h4>MNIST, 784 → 100 → 10</h4>
          <p>
            {status === 'loading' && 'Loading digits… '}
            step {iteration} of 300
            {run.snapshot.progress?.testAccuracy != null &&
              ` · test accuracy ${(100 * run.snapshot.progress.testAccuracy).toFixed(1)}%`}
          </p>
          {check ? (
            <dl
              className="mlp-dl"
              data-testid="collapse-check"
              data-max-difference={check.maxDifference}
            >
              <dt>
                <Tex tex="W_2 W_1" /> computed by the engine
              </dt>
              <dd>
                one {check.shape[0]} × {check.shape[1]} matrix
              </dd>
              <dt>largest |deep − one matrix| on {check.count} test digits</dt>
              <dd>
                <strong data-testid="max-difference">{check.maxDifference.toExponential(2)}</strong>{' '}
                (outputs up to {check.maxOutput.toFixed(2)})
              </dd>
              <dt>same predicted class</dt>
              <dd>{(100 * check.sameClass).toFixed(1)}% of the digits</dd>
            </dl>
          ) : (
            <p>Building the network…</p>
          )}
          <p className="mlp-verdict">
            {check &&
              (check.isLinearStack
                ? 'Equal up to float32 rounding: the two layers are one linear model.'
                : 'Far apart: with ReLU between them, the layers are not one matrix.')}
          </p>
        </section>
        <section className="mlp-identity__toy" aria-label="A 2-D network with the same activation">
          <h4>XOR, two hidden layers of 8</h4>
          <PlaygroundFigure
            settings={{ ...TOY, act: activation }}
            stepsPerPress={50}
            showNeurons={false}
            showCurves={false}
            maxPresses={10}
          />
        </section>
      </div>
    </div>
  );
}
