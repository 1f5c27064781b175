/** Keep a model: download the trained parameters as a file, load one back and measure it again. */
import { messageOf } from '../../engine/errors';
import { useRef } from 'react';
import { architectureOf, readModelFile, writeModelFile } from './model-file';
import { mlpConfig, runKey, type RunSettings } from './run-config';
import { trainingStore, useTrainingStore, type TrainingStore } from './store';

const pct = (v: number | null | undefined) =>
  v == null ? 'not measured' : `${(100 * v).toFixed(2)}%`;

async function download(store: TrainingStore, s: RunSettings): Promise<void> {
  const main = store.slots.main;
  const params = await main.attempt((c) => c.exportWeights());
  if (!params) return;
  const snap = store.getState().main.snapshot;
  const text = writeModelFile({
    architecture: architectureOf(s),
    step: snap.progress?.iteration ?? 0,
    testAccuracy: snap.lastEval?.testAccuracy ?? null,
    params,
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `mlp-${architectureOf(s).replace(' ', '-')}.json`;
  a.click();
  URL.revokeObjectURL(url);
  store.setState({ modelMessage: { text: `Saved ${a.download}.`, isError: false } });
}

async function load(store: TrainingStore, s: RunSettings, file: File): Promise<void> {
  const say = (text: string, isError: boolean) =>
    store.setState({ modelMessage: { text, isError } });
  const read = readModelFile(await file.text(), architectureOf(s));
  if (!read.ok) return say(read.message, true);
  const main = store.slots.main;
  await main.pause();
  if (!(await main.build(mlpConfig(s), runKey(s))))
    return say('The network could not be built.', true);
  try {
    await main.c.importWeights(read.file.params);
  } catch (err) {
    return say(`${messageOf(err)} Your network was not changed.`, true);
  }
  const e = await main.attempt((c) => c.evaluate());
  store.setState({ predictions: null, inspection: null, beat: 0 });
  say(
    `Loaded ${file.name}: test accuracy ${pct(e?.testAccuracy)} (the file says ${pct(read.file.testAccuracy)}).`,
    false,
  );
}

/** Props of {@link KeepFigure}. */
export interface KeepFigureProps {
  /** Settings of the network on screen (its architecture). */
  settings: RunSettings;
}

/** Save and load buttons with their message. */
export function KeepFigure({ settings }: KeepFigureProps) {
  const store = useTrainingStore();
  const input = useRef<HTMLInputElement>(null);
  const hasRun = trainingStore.useLessonStore((s) => s.main.snapshot.info !== null);
  const step = trainingStore.useLessonStore((s) => s.main.snapshot.progress?.iteration ?? 0);
  const acc = trainingStore.useLessonStore((s) => s.main.snapshot.lastEval?.testAccuracy);
  const message = trainingStore.useLessonStore((s) => s.modelMessage);
  return (
    <div className="tr-keep">
      <p>
        Your network: {architectureOf(settings)}, {step} steps, test accuracy{' '}
        <span data-testid="keep-accuracy">{pct(acc)}</span>.
      </p>
      <div className="tr-row">
        <button
          type="button"
          className="tr-primary"
          data-testid="save-model"
          disabled={!hasRun}
          onClick={() => void download(store, settings)}
        >
          Download model
        </button>
        <button type="button" data-testid="load-model" onClick={() => input.current?.click()}>
          Load model…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="tr-file"
          data-testid="model-file"
          aria-label="Model file to load"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void load(store, settings, f);
          }}
        />
      </div>
      {!hasRun && <p className="muted">Train a network first, or load a saved one.</p>}
      {message && (
        <p
          className={message.isError ? 'notice tr-error' : 'notice'}
          role={message.isError ? 'alert' : 'status'}
          data-testid="model-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
