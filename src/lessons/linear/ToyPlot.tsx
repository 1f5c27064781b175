/** The decision regions of a toy run with its training points (composition of DecisionBoundary). */
import { useMemo } from 'react';
import {
  DecisionBoundary,
  type LabelledPoint,
  type ScoreField,
} from '../../components/charts/DecisionBoundary';
import type { ToyDataset } from '../../data/toy';
import { EXTENT } from './toy-run';
import { GRID } from './useToyTraining';

/** Props of {@link ToyPlot}. */
export interface ToyPlotProps {
  /** The training points. */
  data: ToyDataset;
  /** Class per grid cell. */
  regions: Uint8Array;
  /** The engine's class scores, for smooth regions and exact boundary lines. */
  scores?: ScoreField;
  /** Accessible name. */
  ariaLabel: string;
}

/** Regions + points on [−EXTENT, EXTENT]². */
export function ToyPlot({ data, regions, scores, ariaLabel }: ToyPlotProps) {
  const points = useMemo<LabelledPoint[]>(
    () => Array.from(data.y, (label, i) => ({ x: data.x[2 * i], y: data.x[2 * i + 1], label })),
    [data],
  );
  return (
    <div className="toy-plot">
      <DecisionBoundary
        gridSize={GRID}
        cells={regions}
        xDomain={[-EXTENT, EXTENT]}
        yDomain={[-EXTENT, EXTENT]}
        points={points}
        numClasses={data.classes}
        scoreField={scores}
        ariaLabel={ariaLabel}
      />
    </div>
  );
}
