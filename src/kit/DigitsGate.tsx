/** Shows an MNIST download: progress while loading, a message and Retry on failure, else the children. */
import type { ReactNode } from 'react';
import type { MnistDataset } from '../data/mnist-types';
import { ProgressBar } from '../components/controls/ProgressBar';
import type { DigitsLoad } from './digits-slice';

/** Props of {@link DigitsGate}. */
export interface DigitsGateProps {
  /** The download's state. */
  load: DigitsLoad;
  /** Starts the download again after a failure. */
  onRetry: () => void;
  /** What the progress bar says is downloading. */
  label: string;
  /** What to render once the digits are here. */
  children: (data: MnistDataset) => ReactNode;
}

/** Renders its children with the digits, or the download's progress or error. */
export function DigitsGate({ load, onRetry, label, children }: DigitsGateProps) {
  if (load.status === 'ready' && load.data) return <>{children(load.data)}</>;
  if (load.status === 'error') {
    return (
      <div className="error-box" role="alert">
        <strong>The MNIST digits could not be loaded.</strong>
        <p>{load.error}</p>
        <button type="button" className="primary" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  return <ProgressBar label={label} value={load.loadedBytes} max={load.totalBytes} isBytes />;
}
