/**
 * Error boundaries. A failing figure shows a message and a "reset this figure" button while the
 * rest of the page keeps working; a failing page shows a message and a way home.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isDownloadError, retryFailedDownloads } from './loaders';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** What is guarded, for the message ("figure", "lesson"). */
  what: string;
  /** The guarded content. */
  children: ReactNode;
  /** Renders the failure; defaults to a message with a reset button. */
  fallback?: (error: Error, reset: () => void) => ReactNode;
  /** Called when the user resets (before the children re-mount). */
  onReset?: () => void;
}

interface State {
  error: Error | null;
  generation: number;
}

/** Catches render errors below it and offers a reset that re-mounts the children. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // NOTE: a caught failure is handled (the reader sees a message), so it is a warning, not an error.
    console.warn(
      `[chain-rule] ${this.props.what} failed:`,
      error.message,
      info.componentStack ?? '',
    );
  }

  reset = (): void => {
    // A reset also retries whatever failed to download (a lesson chunk lost to a dropped network).
    retryFailedDownloads();
    this.props.onReset?.();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  render(): ReactNode {
    const { error, generation } = this.state;
    if (error) {
      if (this.props.fallback) return this.props.fallback(error, this.reset);
      const { what } = this.props;
      return (
        <div className="error-box" role="alert">
          {isDownloadError(error) ? (
            <p>
              <strong>This {what} could not be downloaded.</strong> The network may be down. Check
              the connection, then press “Reset this {what}” to try again.{' '}
              <span className="muted">({error.message})</span>
            </p>
          ) : (
            <p>
              <strong>This {what} stopped working.</strong> {error.message}
            </p>
          )}
          <p className="muted">The rest of the page still works.</p>
          <button type="button" onClick={this.reset}>
            Reset this {what}
          </button>
        </div>
      );
    }
    return <Keyed key={generation}>{this.props.children}</Keyed>;
  }
}

function Keyed({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

/** Guards one figure of a lesson. */
export function FigureBoundary({
  children,
  onReset,
}: {
  children: ReactNode;
  onReset?: () => void;
}) {
  return (
    <ErrorBoundary what="figure" onReset={onReset}>
      {children}
    </ErrorBoundary>
  );
}
