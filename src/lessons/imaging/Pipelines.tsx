/** The lecture's learned pipelines, one sentence each, revealed one per clicker press. */
import { useState } from 'react';
import { useSubSteps } from '../../kit/substeps';

/** The lecture's examples of learned imaging pipelines. */
export const PIPELINES = [
  {
    name: 'End-to-end image processing',
    text: 'One network maps the raw sensor data straight to the finished photograph, replacing the whole chain of hand-tuned stages.',
  },
  {
    name: 'Demosaicking',
    text: 'Each sensor pixel records only red, green or blue; a network learns to fill in the two missing colours from its neighbours.',
  },
  {
    name: 'Denoising',
    text: 'A network learns what clean images look like and removes the sensor noise of a dim, short exposure.',
  },
  {
    name: 'Deblurring',
    text: 'A network learns to undo the blur of camera shake or defocus, recovering edges a fixed sharpening filter cannot.',
  },
  {
    name: 'HDR imaging',
    text: 'A network merges (or hallucinates) several exposures into one image whose bright and dark regions both keep detail.',
  },
] as const;

/** The list, with a reveal the clicker drives. */
export function Pipelines() {
  const total: number = PIPELINES.length;
  const [shown, setShown] = useState(total);
  useSubSteps({
    next: () => (shown < total ? (setShown(shown + 1), true) : false),
    prev: () => (shown > 1 ? (setShown(shown - 1), true) : false),
    clicker: `Each press reveals the next pipeline (${total} in all); Back hides the last one.`,
  });
  return (
    <div className="im-pipelines">
      <ol>
        {PIPELINES.slice(0, shown).map((p) => (
          <li key={p.name}>
            <strong>{p.name}.</strong> {p.text}
          </li>
        ))}
      </ol>
      <div className="im-row">
        <button type="button" onClick={() => setShown(1)} disabled={shown <= 1}>
          One at a time
        </button>
        <button
          type="button"
          onClick={() => setShown(Math.min(total, shown + 1))}
          disabled={shown >= total}
        >
          Reveal the next
        </button>
        <span className="muted" aria-live="polite">
          {shown} of {total}
        </span>
      </div>
    </div>
  );
}
