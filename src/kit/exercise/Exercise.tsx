/**
 * One engine-checked exercise: the question drawn from a seed, an answer box that reads the usual
 * spellings of a number, a hint, targeted feedback for known mistakes, and a worked answer with
 * the engine's graph.
 */
import { messageOf } from '../../engine/errors';
import { useId, useMemo, useState } from 'react';
import { GraphView } from '../../components/graph/GraphView';
import { formatNumber } from '../../components/format';
import { RichText } from '../RichText';
import { isCorrect, parseAnswer } from './answer';
import type { ExerciseDefinition, ExerciseQuestion } from './types';

/** Props of {@link Exercise}. */
export interface ExerciseProps {
  /** The exercise. */
  exercise: ExerciseDefinition;
  /** Position in the set, from 1 (shown as "Exercise 2"). */
  number: number;
  /** The seed its numbers come from. */
  seed: number;
  /** Asks for a fresh seed ("New numbers"). */
  onNewSeed: () => void;
  /** Called after each checked answer. */
  onAttempt: (isRight: boolean) => void;
  /** Shows the worked answer (the presenter's clicker can reveal it). */
  isRevealed: boolean;
  /** Shows or hides the worked answer. */
  onReveal: (isShown: boolean) => void;
}

type Feedback = { kind: 'right' | 'wrong' | 'unreadable'; message: string } | null;

function feedbackFor(text: string, q: ExerciseQuestion): Feedback {
  const parsed = parseAnswer(text);
  if (!parsed.ok) return { kind: 'unreadable', message: parsed.message };
  if (isCorrect(parsed.value, q.answer, q.tolerance))
    return { kind: 'right', message: `Right: the engine gets ${formatNumber(q.answer)}.` };
  const known = q.mistakes?.find((m) => isCorrect(parsed.value, m.value, q.tolerance));
  return {
    kind: 'wrong',
    message: known ? `Not quite: ${known.message}` : 'Not yet. Try the hint, or check each factor.',
  };
}

/** Builds the question, turning a generator failure into a message instead of a crash. */
function useQuestion(exercise: ExerciseDefinition, seed: number) {
  return useMemo(() => {
    try {
      return { question: exercise.generate(seed), error: null };
    } catch (e) {
      return { question: null, error: messageOf(e) };
    }
  }, [exercise, seed]);
}

/** One exercise card. */
export function Exercise(props: ExerciseProps) {
  const { exercise, seed } = props;
  const id = useId();
  const { question, error } = useQuestion(exercise, seed);
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [isHinted, setHinted] = useState(false);
  const [shownSeed, setShownSeed] = useState(seed);
  if (shownSeed !== seed) {
    // New numbers: the old answer and feedback no longer apply.
    setShownSeed(seed);
    setText('');
    setFeedback(null);
    setHinted(false);
  }
  if (!question) return <p className="notice">This exercise could not be generated: {error}</p>;
  const check = () => {
    const next = feedbackFor(text, question);
    setFeedback(next);
    if (next && next.kind !== 'unreadable') props.onAttempt(next.kind === 'right');
  };
  return (
    <section className="exercise" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="exercise-title">
        Exercise {props.number}: {exercise.title}
      </h3>
      <p className="exercise-prompt">
        <RichText text={question.prompt} />
      </p>
      <form
        className="exercise-answer"
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <label htmlFor={`${id}-answer`}>Your answer</label>
        <input
          id={`${id}-answer`}
          type="text"
          inputMode="text"
          autoComplete="off"
          value={text}
          aria-invalid={feedback?.kind === 'unreadable' ? true : undefined}
          aria-describedby={`${id}-feedback`}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">Check</button>
        <button type="button" onClick={() => setHinted(true)} disabled={isHinted}>
          Hint
        </button>
        <button type="button" onClick={() => props.onReveal(!props.isRevealed)}>
          {props.isRevealed ? 'Hide the worked answer' : 'Show the worked answer'}
        </button>
        <button type="button" onClick={props.onNewSeed}>
          New numbers
        </button>
      </form>
      <p
        id={`${id}-feedback`}
        className={`exercise-feedback is-${feedback?.kind ?? 'none'}`}
        role="status"
      >
        {feedback?.message}
      </p>
      {isHinted && (
        <p className="exercise-hint">
          <strong>Hint.</strong> <RichText text={question.hint} />
        </p>
      )}
      {props.isRevealed && <WorkedAnswer question={question} />}
    </section>
  );
}

function WorkedAnswer({ question }: { question: ExerciseQuestion }) {
  return (
    <div className="exercise-solution">
      <p>
        <strong>Worked answer.</strong> <RichText text={question.solution} />
      </p>
      <p>
        The engine&rsquo;s answer: <strong>{formatNumber(question.answer)}</strong>
      </p>
      {question.graph && (
        <GraphView graph={question.graph} ariaLabel="The engine's graph for this exercise" />
      )}
    </div>
  );
}
