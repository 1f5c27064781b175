/**
 * The five-step supervised-learning recipe as a stepper: data, model, loss, train, evaluate.
 * Props in, callbacks out: a lesson says which steps are done and which one is current; the
 * stepper never decides by itself. Reused by every lesson that follows the recipe.
 */
import { Tex } from '../components/Tex';
import './recipe-stepper.css';

/** Identifier of one step of the recipe. */
export type RecipeStepId = 'data' | 'model' | 'loss' | 'train' | 'evaluate';

/** One step of the recipe: its id, a short title and its formula. */
export interface RecipeStep {
  /** Stable identifier. */
  id: RecipeStepId;
  /** Title, e.g. "Collect training pairs". */
  title: string;
  /** One-word title for narrow screens, e.g. "Data". */
  short: string;
  /** The step's formula in TeX. */
  tex: string;
}

/** The five steps, in order. */
export const RECIPE_STEPS: readonly RecipeStep[] = [
  { id: 'data', title: 'Collect training pairs', short: 'Data', tex: '\\{x_i, y_i\\}' },
  { id: 'model', title: 'Define a model', short: 'Model', tex: 'f(x, \\theta) = \\hat y' },
  { id: 'loss', title: 'Define a loss', short: 'Loss', tex: 'L(\\{\\hat y_i\\}, \\{y_i\\})' },
  { id: 'train', title: 'Train', short: 'Train', tex: '\\min_{\\theta} L' },
  {
    id: 'evaluate',
    title: 'Evaluate on unseen test data',
    short: 'Evaluate',
    tex: '\\text{test accuracy}',
  },
];

/** Props of {@link RecipeStepper}. */
export interface RecipeStepperProps {
  /** Steps the student has reached (ticked off), in any order. */
  done: readonly RecipeStepId[];
  /** The step the lesson is on right now (highlighted; aria-current="step"). */
  current?: RecipeStepId;
  /** Called when the student picks a step; without it the steps are not buttons. */
  onSelect?: (id: RecipeStepId) => void;
  /** Keep the stepper visible at the top while the page scrolls (default true). */
  isSticky?: boolean;
  /** Hide the formulas (small screens or compact layouts). */
  isCompact?: boolean;
}

function StepBody({ step, index, isDone }: { step: RecipeStep; index: number; isDone: boolean }) {
  return (
    <>
      <span className="recipe-mark" aria-hidden="true">
        {isDone ? '✓' : index + 1}
      </span>
      <span className="recipe-text">
        <span className="recipe-title">{step.title}</span>
        <span className="recipe-short" aria-hidden="true">
          {step.short}
        </span>
        <span className="recipe-tex">
          <Tex tex={step.tex} />
        </span>
      </span>
      <span className="cr-sr-only">{isDone ? ' (done)' : ' (not yet)'}</span>
    </>
  );
}

/** The recipe as an ordered list of five steps, ticked off as the lesson gets there. */
export function RecipeStepper({
  done,
  current,
  onSelect,
  isSticky = true,
  isCompact = false,
}: RecipeStepperProps) {
  const classes = [
    'recipe-stepper',
    isSticky ? 'is-sticky' : '',
    isCompact ? 'is-compact' : '',
  ].filter(Boolean);
  const count = RECIPE_STEPS.filter((s) => done.includes(s.id)).length;
  return (
    <nav
      className={classes.join(' ')}
      aria-label={`The supervised-learning recipe: ${count} of 5 steps done`}
    >
      <ol>
        {RECIPE_STEPS.map((step, i) => {
          const isDone = done.includes(step.id);
          const isCurrent = current === step.id;
          const cls = ['recipe-step', isDone ? 'is-done' : '', isCurrent ? 'is-current' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li
              key={step.id}
              className={cls}
              aria-current={isCurrent ? 'step' : undefined}
              data-step={step.id}
            >
              {onSelect ? (
                <button type="button" className="recipe-button" onClick={() => onSelect(step.id)}>
                  <StepBody step={step} index={i} isDone={isDone} />
                </button>
              ) : (
                <StepBody step={step} index={i} isDone={isDone} />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
