/** Shows the page's MNIST test set download: progress while loading, a message and Retry on failure. */
import type { ReactNode } from 'react';
import type { MnistDataset } from '../../data/mnist-types';
import { ProgressBar } from '../../components/controls/ProgressBar';
import { OfflineHint } from '../../kit/OfflineHint';
import { loadTestSet, useTestSet } from '../../kit/mnist-test-set';

/** Props of {@link DataGate}. */
export interface DataGateProps {
  /** What to render once the digits are here. */
  children: (data: MnistDataset) => ReactNode;
}

/** Renders its children with the test digits, or the download's progress or error. */
export function DataGate({ children }: DataGateProps) {
  const set = useTestSet();
  if (set.status === 'ready' && set.data) return <>{children(set.data)}</>;
  if (set.status === 'error') {
    return (
      <div className="error-box" role="alert">
        <strong>The MNIST digits could not be loaded.</strong>
        <p>{set.error}</p>
        <OfflineHint />
        <button type="button" className="primary" onClick={loadTestSet}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <ProgressBar
      label="Downloading the MNIST test digits"
      value={set.loadedBytes}
      max={set.totalBytes}
      isBytes
    />
  );
}
