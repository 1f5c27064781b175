/** Gallery sections for GraphView: the lecture example step by step, a 50-node benchmark graph, a collapsed MLP. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Figure, GraphView, PredictReveal, Tex, Transport } from '../components';
import { benchGraphs, lectureFrames, mlpGraph } from './graph-data';

/** Step-through of the lecture's scalar backprop example, starting on the backward step through ŷ = w2·g. */
export function LectureGraphSection() {
  const frames = useMemo(() => lectureFrames(), []);
  const start = Math.max(
    0,
    frames.findIndex(
      (f) =>
        f.step?.kind === 'backward' &&
        f.graph.nodes.find((n) => n.id === f.step?.outputId)?.label === 'ŷ',
    ),
  );
  const [index, setIndex] = useState(start);
  const [isPlaying, setIsPlaying] = useState(false);
  const [showGrads, setShowGrads] = useState(true);
  const isAtEnd = index >= frames.length - 1;
  useEffect(() => {
    if (!isPlaying) return;
    const t = window.setInterval(() => setIndex((i) => Math.min(frames.length - 1, i + 1)), 1200);
    return () => window.clearInterval(t);
  }, [isPlaying, frames.length]);
  if (isPlaying && isAtEnd) setIsPlaying(false);
  const frame = frames[index];
  const w1Grad =
    frames[frames.length - 1].graph.nodes.find((n) => n.label === 'w1')?.grad?.[0] ?? NaN;
  return (
    <Figure
      wide
      id="graph-lecture"
      title={
        <>
          Backprop on the lecture example: <Tex tex="L = \tfrac12 (w_2 \max(0, w_1 x) - y)^2" />
        </>
      }
      caption={`Frame ${index + 1} of ${frames.length}. ${frame.caption} Hover or focus a node for its local derivative.`}
    >
      <GraphView
        graph={frame.graph}
        currentStep={frame.step}
        showGrads={showGrads}
        ariaLabel="Computational graph of the lecture's scalar example"
      />
      <div className="gallery-row">
        <Transport
          isPlaying={isPlaying}
          isAtEnd={isAtEnd}
          onPlayPause={() => setIsPlaying((p) => !p)}
          onStep={() => setIndex((i) => Math.min(frames.length - 1, i + 1))}
          onReset={() => {
            setIsPlaying(false);
            setIndex(0);
          }}
          label="Step through forward and backward"
        />
        <label className="gallery-check">
          <input
            type="checkbox"
            checked={showGrads}
            onChange={(e) => setShowGrads(e.currentTarget.checked)}
          />{' '}
          Show gradients
        </label>
      </div>
      <PredictReveal
        question="Predict ∂L/∂w1 for x = 5, w1 = 1, w2 = 2, y = 2."
        answer={w1Grad}
        explanation={
          <>
            Chain rule:{' '}
            <Tex tex="x \cdot 1 \cdot w_2 \cdot (\hat y - y) = 5 \cdot 1 \cdot 2 \cdot 8 = 80" />.
          </>
        }
      />
    </Figure>
  );
}

/** Median and 95th percentile of a list of durations. */
export function summarise(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A ~50-node graph and its redraw benchmark (used by tests/bench/graphview.spec.ts). */
export function BenchGraphSection() {
  const graphs = useMemo(() => benchGraphs(24), []);
  const [index, setIndex] = useState(0);
  const [result, setResult] = useState<string>('');
  const [isRunning, setIsRunning] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const run = async () => {
    setIsRunning(true);
    const times: number[] = [];
    for (let i = 1; i <= 200; i++) {
      await nextFrame();
      const t0 = performance.now();
      flushSync(() => setIndex(i % graphs.length));
      boxRef.current?.getBoundingClientRect();
      times.push(performance.now() - t0);
    }
    const { median, p95 } = summarise(times.slice(10));
    setResult(
      JSON.stringify({
        nodes: graphs[0].nodes.length,
        redraws: times.length - 10,
        medianMs: +median.toFixed(3),
        p95Ms: +p95.toFixed(3),
      }),
    );
    setIsRunning(false);
  };
  return (
    <Figure
      wide
      id="graph-bench"
      title={`A ${graphs[0].nodes.length}-node graph: L = ½(relu(Σ wᵢxᵢ) − y)², summed pairwise`}
      caption="Each redraw shows new values and gradients from a new seeded forward and backward pass; the layout is computed once."
    >
      <div ref={boxRef}>
        <GraphView
          graph={graphs[index]}
          currentStep={{
            kind: 'backward',
            opId: graphs[index].nodes.find((n) => n.kind === 'op' && n.op === 'relu')?.id ?? '',
          }}
          ariaLabel={`A ${graphs[0].nodes.length}-node computational graph`}
        />
      </div>
      <div className="gallery-row">
        <button
          type="button"
          className="gallery-button"
          onClick={run}
          disabled={isRunning}
          data-testid="bench-graphview-run"
        >
          {isRunning ? 'Measuring…' : 'Measure 200 redraws'}
        </button>
        <output data-testid="bench-graphview-result" className="gallery-mono">
          {result}
        </output>
      </div>
    </Figure>
  );
}

/** The 784-128-10 MLP as a collapsed tensor graph. */
export function TensorGraphSection() {
  const graph = useMemo(() => mlpGraph(), []);
  return (
    <Figure
      wide
      id="graph-tensor"
      title="A 784-128-10 MLP, collapsed to tensors"
      caption="Collapsed view: each value shows its name and shape. Focus a node to read its values and gradient preview."
    >
      <GraphView
        graph={graph}
        collapsed
        ariaLabel="Tensor graph of a 784-128-10 MLP with softmax cross-entropy"
      />
    </Figure>
  );
}
