/** An expression's text field: a labelled input and, on a syntax error, a caret under the offending characters. */
import { useId } from 'react';
import type { ExprError } from '../../engine/expr';
import './controls.css';

/** Props of {@link ExpressionField}. */
export interface ExpressionFieldProps {
  /** The text as typed. */
  value: string;
  /** Called on every edit. */
  onChange: (text: string) => void;
  /** The syntax error of `value`, or null. */
  error: ExprError | null;
  /** Longest accepted text. */
  maxLength: number;
}

/** A text field whose syntax errors are pointed at, character by character. */
export function ExpressionField({ value, onChange, error, maxLength }: ExpressionFieldProps) {
  const id = useId();
  const errId = `${id}-err`;
  const start = error ? Math.min(error.position, value.length) : 0;
  const before = value.slice(0, start);
  const marked = error ? value.slice(start, start + error.length) : '';
  return (
    <div className="cr-expr">
      <label htmlFor={id} className="cr-expr__label">
        Expression
      </label>
      <input
        id={id}
        className="cr-expr__input"
        type="text"
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        maxLength={maxLength}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {error && (
        <div className="cr-expr__error">
          <pre className="cr-expr__echo" aria-hidden="true">
            {before}
            <mark className="cr-expr__mark">{marked || ' '}</mark>
            {value.slice(start + marked.length)}
            {'\n'}
            {' '.repeat(start)}
            {'^'.repeat(Math.max(1, marked.length))}
          </pre>
          <p id={errId} role="alert" className="cr-expr__message" data-testid="expr-error">
            {error.message}
            {/character \d/.test(error.message) ? '' : ` (at character ${error.position + 1})`}
          </p>
        </div>
      )}
    </div>
  );
}
