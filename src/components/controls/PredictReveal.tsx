/** "Predict, then reveal": the reader types a guess, checks it against the engine's value, sees why. */
import { useId, useState, type ReactNode } from 'react';
import { formatNumber } from '../format';
import { parseBounded } from './validate';
import './controls.css';

/** Props of {@link PredictReveal}. */
export interface PredictRevealProps {
  /** The question. */
  question: ReactNode;
  /** The correct answer, computed by the engine. */
  answer: number;
  /** Absolute tolerance for a correct answer (default 1e-3 × max(1, |answer|)). */
  tolerance?: number;
  /** Shown after checking or revealing. */
  explanation: ReactNode;
  /** Called after each check with whether it was right. */
  onCheck?: (isCorrect: boolean) => void;
  /** Known wrong answers with a targeted message (e.g. 80 → "that is w₁'s chain"). */
  mistakes?: readonly PredictMistake[];
  /**
   * Whether the answer is revealed, when the owner decides (a presenter's press: ask the room
   * first, then show the answer). Left out, the Reveal button alone reveals it.
   */
  isRevealed?: boolean;
  /** Called when the reader asks to reveal (true) or hide (false) a controlled answer. */
  onReveal?: (isShown: boolean) => void;
}

/** A known wrong answer and what it reveals about the reasoning. */
export interface PredictMistake {
  /** The wrong value (matched with the same tolerance as the answer). */
  value: number;
  /** What the student probably did. */
  message: ReactNode;
}

/** Whether a guess is within tolerance of the answer. */
export function isCloseEnough(guess: number, answer: number, tolerance?: number): boolean {
  const tol = tolerance ?? 1e-3 * Math.max(1, Math.abs(answer));
  return Math.abs(guess - answer) <= tol;
}

type Outcome =
  | { kind: 'correct' | 'incorrect'; guess: number }
  | { kind: 'invalid'; message: string }
  | { kind: 'revealed' }
  | null;

/** The outcome on screen: a controlled reveal shows the answer unless the reader's own check does. */
function shownOutcome(own: Outcome, isRevealed: boolean | undefined): Outcome {
  if (isRevealed === undefined) return own;
  if (own?.kind === 'revealed') return isRevealed ? own : null;
  return isRevealed && (own === null || own.kind === 'invalid') ? { kind: 'revealed' } : own;
}

/** A predict-then-reveal prompt. */
export function PredictReveal({
  question,
  answer,
  tolerance,
  explanation,
  onCheck,
  mistakes = [],
  isRevealed,
  onReveal,
}: PredictRevealProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [own, setOutcome] = useState<Outcome>(null);
  const outcome = shownOutcome(own, isRevealed);
  const isControlled = isRevealed !== undefined;
  const reveal = () => (isControlled ? onReveal?.(!isRevealed) : setOutcome({ kind: 'revealed' }));
  const check = () => {
    const r = parseBounded(text, -Infinity, Infinity);
    if (!r.ok) {
      setOutcome({ kind: 'invalid', message: r.message });
      return;
    }
    const ok = isCloseEnough(r.value, answer, tolerance);
    setOutcome({ kind: ok ? 'correct' : 'incorrect', guess: r.value });
    onCheck?.(ok);
  };
  const showExplanation = outcome !== null && outcome.kind !== 'invalid';
  const mistake =
    outcome?.kind === 'incorrect'
      ? mistakes.find(
          (m) => Number.isFinite(m.value) && isCloseEnough(outcome.guess, m.value, tolerance),
        )
      : undefined;
  return (
    <div className="cr-predict">
      <label htmlFor={id} className="cr-predict__question">
        {question}
      </label>
      <div className="cr-predict__row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && check()}
        />
        <button type="button" onClick={check}>
          Check
        </button>
        <button type="button" onClick={reveal}>
          {isControlled && isRevealed ? 'Hide answer' : 'Reveal answer'}
        </button>
      </div>
      <div role="status" className="cr-predict__status">
        {outcome?.kind === 'correct' && (
          <span className="cr-predict__ok">✓ Correct: {formatNumber(answer)}.</span>
        )}
        {outcome?.kind === 'incorrect' && (
          <span className="cr-predict__bad">
            ✗ Not quite: you said {formatNumber(outcome.guess)}, the engine computed{' '}
            {formatNumber(answer)}.
            {mistake && (
              <span className="cr-predict__mistake" data-testid="predict-mistake">
                {' '}
                {mistake.message}
              </span>
            )}
          </span>
        )}
        {outcome?.kind === 'invalid' && (
          <span className="cr-control__error">⚠ {outcome.message}</span>
        )}
        {outcome?.kind === 'revealed' && <span>The answer is {formatNumber(answer)}.</span>}
      </div>
      {showExplanation && <div className="cr-predict__explanation">{explanation}</div>}
    </div>
  );
}
