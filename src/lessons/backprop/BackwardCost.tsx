/** The chain step's measured cost of a backward pass, as a multiple of the forward pass. */
import { useEffect, useState } from 'react';
import { costRatio, measureMlp, measureScalar, type CostMeasurement } from './backward-cost';

const now = () => performance.now();

/** Times both passes in this browser (one measurement per frame, after mount) and prints the ratios. */
export function BackwardCost() {
  const [results, setResults] = useState<CostMeasurement[]>([]);
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      const scalar = measureScalar(now);
      setResults([scalar]);
      frame = requestAnimationFrame(() => setResults([scalar, measureMlp(now)]));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <p className="bp-cost" aria-live="polite" data-testid="backward-cost">
      <strong>Measured just now, on the engine in your browser:</strong>{' '}
      {results.length === 0
        ? 'timing…'
        : results
            .map(
              (r) =>
                `backward ÷ forward = ${costRatio(r).toFixed(1)}× on ${r.label} (${r.repeats} runs)`,
            )
            .join('; ')}
      . Either way it is the cost of a pass or a few, however many weights there are: not one pass
      per weight.
    </p>
  );
}
