/**
 * Developer page (#/lab/training): trains in the worker while the main thread animates.
 * Plain on purpose; browser tests and the benchmark read its data-testid fields.
 */
import { messageOf } from '../engine/errors';
import { useState } from 'react';
import {
  useTrainingClient,
  type TrainConfig,
  type TrainingClient,
  type WeightSnapshot,
} from '../worker';
import { FrameAnimation } from './FrameAnimation';
import { FrameMeter } from './frame-meter';
import { LabStats } from './LabStats';
import { LINEAR_MNIST, LINEAR_STEPS, MLP_EPOCH } from './lab-configs';
import { WeightTemplates } from './WeightTemplates';

/** Resolves once the client's status is no longer 'running'. */
function untilStopped(client: TrainingClient): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (client.getSnapshot().status === 'running') return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = client.subscribe(check);
    check();
  });
}

/** The training lab page. */
export default function TrainingLab() {
  const [client, snap] = useTrainingClient();
  const [meter] = useState(() => new FrameMeter());
  const [wallMs, setWallMs] = useState<number | null>(null);
  const [templates, setTemplates] = useState<WeightSnapshot | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [lastRun, setLastRun] = useState<TrainConfig | null>(null);

  const run = async (config: TrainConfig) => {
    setLastRun(config);
    setActionError(null);
    setWallMs(null);
    setTemplates(null);
    try {
      await client.init(config);
      meter.reset();
      const t0 = performance.now();
      await client.start();
      await untilStopped(client);
      setWallMs(performance.now() - t0);
    } catch (err) {
      setActionError(messageOf(err));
    }
  };

  const act = (fn: () => Promise<unknown>) => () => {
    setActionError(null);
    fn().catch((err: unknown) => setActionError(messageOf(err)));
  };

  const error =
    actionError ?? (snap.status === 'error' || snap.status === 'diverged' ? snap.message : null);
  return (
    <section aria-labelledby="lab-title">
      <h1 id="lab-title">Training lab</h1>
      <p>Trains in a Web Worker on the engine while this page keeps animating.</p>
      <FrameAnimation meter={meter} />
      <div role="group" aria-label="Runs" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <button type="button" data-testid="train-linear" onClick={() => void run(LINEAR_MNIST)}>
          Train linear model (MNIST, {LINEAR_STEPS} steps)
        </button>
        <button type="button" data-testid="bench-epoch" onClick={() => void run(MLP_EPOCH)}>
          One epoch of MLP 784-128-10
        </button>
        <button type="button" onClick={act(() => client.pause())}>
          Pause
        </button>
        <button type="button" onClick={act(() => client.resume())}>
          Resume
        </button>
        <button type="button" onClick={act(() => client.step())}>
          Step
        </button>
        <button type="button" onClick={act(() => client.evaluate())}>
          Evaluate
        </button>
        <button type="button" onClick={act(() => client.reset())}>
          Reset
        </button>
        <button
          type="button"
          data-testid="show-templates"
          onClick={act(async () => setTemplates(await client.getWeights(0)))}
        >
          Show first-layer templates
        </button>
      </div>
      {error && (
        <div role="alert" data-testid="lab-error">
          {error}{' '}
          {lastRun && (
            <button type="button" onClick={() => void run(lastRun)}>
              Retry
            </button>
          )}
        </div>
      )}
      <LabStats snapshot={snap} wallMs={wallMs} />
      {templates && <WeightTemplates weights={templates} />}
    </section>
  );
}
