/** The shape diagram of f = W₂ max(0, W₁x) (or the 3-layer form) with its parameter count, from engine models. */
import { useMemo } from 'react';
import { Slider } from '../../components/controls/Slider';
import { Tex } from '../../components/Tex';
import { MNIST_CLASSES, MNIST_PIXELS } from '../../data/mnist-shape';
import { useSubSteps } from '../../kit/substeps';
import { countParameters } from './shapes';

/** Props of {@link ShapesFigure}. */
export interface ShapesFigureProps {
  /** Hidden units. */
  h: number;
  /** 3-layer form. */
  isDeep: boolean;
  /** Changes H. */
  onH: (h: number) => void;
  /** Toggles the 3-layer form. */
  onDeep: (isDeep: boolean) => void;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Boxes for x, each hidden vector and the scores, with the matrices between them. */
export function ShapesFigure({ h, isDeep, onH, onDeep }: ShapesFigureProps) {
  const count = useMemo(() => countParameters(MNIST_PIXELS, h, MNIST_CLASSES, isDeep), [h, isDeep]);
  // The clicker adds the second hidden layer (and takes it away again).
  useSubSteps({
    next: () => (isDeep ? false : (onDeep(true), true)),
    prev: () => (isDeep ? (onDeep(false), true) : false),
    position: () => [isDeep ? 1 : 0, 1],
    clicker: 'A press adds the second hidden layer (the 3-layer form); Back removes it.',
  });
  const formula = isDeep ? 'f = W_3 \\max(0, W_2 \\max(0, W_1 x))' : 'f = W_2 \\max(0, W_1 x)';
  const vectors = [MNIST_PIXELS, ...count.layers.map((l) => l.rows)];
  const names = ['x', ...count.layers.slice(0, -1).map((_, i) => `h_${i + 1}`), 'f'];
  return (
    <div className="mlp-shapes">
      <div className="mlp-big">
        <Tex tex={formula} display />
      </div>
      <div className="mlp-controls">
        <Slider label="Hidden units H" value={h} min={1} max={800} onChange={onH} />
        <label className="mlp-check">
          <input type="checkbox" checked={isDeep} onChange={(e) => onDeep(e.target.checked)} />
          3-layer form (two hidden layers of H)
        </label>
      </div>
      <ol className="mlp-chain" aria-label="Vectors and matrices of the network">
        {vectors.map((size, i) => (
          <li key={i} className="mlp-chain__item">
            <span className="mlp-vec">
              <Tex tex={`${names[i]} \\in \\mathbb{R}^{${size}}`} />
            </span>
            {i < count.layers.length && (
              <span className="mlp-mat">
                <Tex
                  tex={`\\xrightarrow{${count.layers[i].name} \\,\\in\\, \\mathbb{R}^{${count.layers[i].rows}\\times${count.layers[i].cols}}}`}
                />
              </span>
            )}
          </li>
        ))}
      </ol>
      <table className="mlp-table" aria-label="Parameter count">
        <thead>
          <tr>
            <th scope="col">matrix</th>
            <th scope="col">weights</th>
            <th scope="col">biases</th>
          </tr>
        </thead>
        <tbody>
          {count.layers.map((l) => (
            <tr key={l.name}>
              <th scope="row">
                <Tex tex={l.name} />
              </th>
              <td>
                {l.rows} × {l.cols} = {fmt(l.weights)}
              </td>
              <td>{fmt(l.biases)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">total</th>
            <td data-testid="weights-total">{fmt(count.weights)}</td>
            <td>
              with biases: <strong data-testid="params-total">{fmt(count.withBiases)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
