/**
 * The two losses against a score, each with its gradient from the engine: ½(ŷ − y)² for
 * regression; for two classes, softmax cross-entropy beside ½(p − 1)² on the softmax probability.
 */
import { useMemo } from 'react';
import { FunctionPlot, Slider, Tex } from '../../components';
import { classCurves, classLosses, halfSquared } from './losses';
import type { DescentParams, SetDescentParams } from './hooks';
import { fmt } from './format';

const DOMAIN: [number, number] = [-8, 8];

/** Props of the figure. */
export interface LossesFigureProps {
  /** URL state. */
  params: DescentParams;
  /** URL setter. */
  setParams: SetDescentParams;
}

/** The figure. */
export function LossesFigure({ params, setParams }: LossesFigureProps) {
  const curves = useMemo(() => classCurves(DOMAIN[0], DOMAIN[1]), []);
  const regression = useMemo(() => {
    const pts = Array.from({ length: 81 }, (_, i) => halfSquared(-3 + (8 * i) / 80, 1));
    return [
      { label: '½(ŷ − y)², y = 1', points: pts.map((p) => ({ x: p.z, y: p.loss })), colorIndex: 0 },
      {
        label: 'its gradient ŷ − y',
        points: pts.map((p) => ({ x: p.z, y: p.grad })),
        colorIndex: 0,
        dashed: true,
      },
    ];
  }, []);
  const classes = useMemo(
    () => [
      {
        label: 'cross-entropy −log p',
        points: curves.ce.map((p) => ({ x: p.z, y: p.loss })),
        colorIndex: 5,
      },
      {
        label: 'its gradient p − 1',
        points: curves.ce.map((p) => ({ x: p.z, y: p.grad })),
        colorIndex: 5,
        dashed: true,
      },
      { label: '½(p − 1)²', points: curves.se.map((p) => ({ x: p.z, y: p.loss })), colorIndex: 2 },
      {
        label: 'its gradient',
        points: curves.se.map((p) => ({ x: p.z, y: p.grad })),
        colorIndex: 2,
        dashed: true,
      },
    ],
    [curves],
  );
  const now = useMemo(() => classLosses(params.z), [params.z]);
  return (
    <div className="ds-losses">
      <div className="ds-pair">
        <section className="ds-run" aria-label="Regression loss">
          <h4>Regression: ½(ŷ − y)²</h4>
          <FunctionPlot
            functions={regression}
            xDomain={[-3, 5]}
            xLabel="prediction ŷ"
            ariaLabel="Half squared error and its gradient"
          />
        </section>
        <section className="ds-run" aria-label="Classification losses">
          <h4>Two classes, scores (z, 0), true class first</h4>
          <FunctionPlot
            functions={classes}
            xDomain={DOMAIN}
            yDomain={[-1.2, 8.5]}
            markX={params.z}
            xLabel="score z of the true class"
            ariaLabel="Cross-entropy and squared error on probabilities, with gradients"
          />
        </section>
      </div>
      <Slider
        label="score z of the true class"
        value={params.z}
        min={-8}
        max={8}
        step={0.5}
        onChange={(z) => setParams({ z })}
      />
      <table className="ds-table ds-big" data-testid="loss-table">
        <caption>
          At <Tex tex={`z = ${params.z}`} />: softmax gives <Tex tex={`p = ${fmt(now.p)}`} /> for
          the true class
        </caption>
        <thead>
          <tr>
            <th scope="col">loss</th>
            <th scope="col">value</th>
            <th scope="col">∂/∂z (engine)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">cross-entropy</th>
            <td>{fmt(now.ce.loss)}</td>
            <td data-testid="ce-grad">{fmt(now.ce.grad)}</td>
          </tr>
          <tr>
            <th scope="row">½(p − 1)²</th>
            <td>{fmt(now.se.loss)}</td>
            <td data-testid="se-grad">{fmt(now.se.grad)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
