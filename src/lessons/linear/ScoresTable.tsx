/** The ten scores of one input as ten inner products, w_k·x + b_k, with the winner marked. */
import { formatNumber } from '../../components/format';
import { Tex } from '../../components/Tex';
import type { Scores } from './scores';

/** Props of {@link ScoresTable}. */
export interface ScoresTableProps {
  /** The engine's scores for the input. */
  scores: Scores;
  /** The true label, when known (drawn digits have none). */
  label?: number;
  /** Caption read by screen readers and shown above the table. */
  caption: string;
}

const fmt = (v: number) => formatNumber(Number(v.toFixed(3)));

/** A table of the ten scores; the predicted class is marked in words and bold, not colour alone. */
export function ScoresTable({ scores, label, caption }: ScoresTableProps) {
  const rows = Array.from(scores.scores, (s, k) => ({
    k,
    dot: scores.dots[k],
    bias: s - scores.dots[k],
    score: s,
  }));
  return (
    <table className="scores-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">class k</th>
          <th scope="col">
            <Tex tex="w_k \cdot x" />
          </th>
          <th scope="col">
            <Tex tex="+\, b_k" />
          </th>
          <th scope="col">
            <Tex tex="= s_k" />
          </th>
          <th scope="col">
            <span className="cr-sr-only">verdict</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const isWinner = r.k === scores.predicted;
          return (
            <tr key={r.k} className={isWinner ? 'is-winner' : undefined}>
              <th scope="row">{r.k}</th>
              <td>{fmt(r.dot)}</td>
              <td>{fmt(r.bias)}</td>
              <td>{isWinner ? <strong>{fmt(r.score)}</strong> : fmt(r.score)}</td>
              <td>
                {isWinner ? <strong>← highest: predicted</strong> : null}
                {label === r.k ? (
                  <span className={isWinner ? 'score-ok' : 'score-bad'}>
                    {' '}
                    {isWinner ? '✓' : '✗'} true label
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
