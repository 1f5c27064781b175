/**
 * The sandbox: type an expression, give its variables values, step through the engine's
 * forward and backward passes. The last good graph stays while the text has an error.
 */
import { useEffect, useMemo } from 'react';
import { NumberInput } from '../../components/controls/NumberInput';
import { Tex } from '../../components/Tex';
import { ExpressionField } from '../../components/controls/ExpressionField';
import { MAX_EXPR_LENGTH } from './params';
import { PassStepper } from './PassStepper';
import { runSandbox } from './sandbox-run';
import { useBackpropStore } from './store';

/** Props of {@link SandboxFigure}. */
export interface SandboxFigureProps {
  /** The expression as typed. */
  expr: string;
  /** Variable values given so far (from the link). */
  given: Record<string, number>;
  /** Stepper position. */
  position: number;
  /** Called with new text (the stepper restarts). */
  onExpr: (expr: string) => void;
  /** Called with all variable values after one changed. */
  onValues: (values: Record<string, number>) => void;
  /** Called with a new stepper position. */
  onPosition: (position: number) => void;
}

/** Expression field, variable inputs and the two-pass stepper. */
export function SandboxFigure({
  expr,
  given,
  position,
  onExpr,
  onValues,
  onPosition,
}: SandboxFigureProps) {
  const lastGood = useBackpropStore((s) => s.lastGoodExpr);
  const setLastGood = useBackpropStore((s) => s.setLastGoodExpr);
  const run = useMemo(() => runSandbox(expr, lastGood, given), [expr, lastGood, given]);
  useEffect(() => {
    if (!run.syntaxError && run.shownExpr !== lastGood) setLastGood(run.shownExpr);
  }, [run, lastGood, setLastGood]);
  return (
    <div className="bp-sandbox">
      <ExpressionField
        value={expr}
        onChange={onExpr}
        error={run.syntaxError}
        maxLength={MAX_EXPR_LENGTH}
      />
      {run.syntaxError && run.tex && (
        <p className="bp-muted">Still showing the last expression that worked.</p>
      )}
      {run.tex && (
        <div className="bp-big bp-sandbox__tex">
          <Tex tex={run.tex} display />
        </div>
      )}
      <div className="bp-inputs" role="group" aria-label="Variable values">
        {run.variables.map((name) => (
          <NumberInput
            key={name}
            label={name}
            value={run.values[name]}
            min={-100}
            max={100}
            step={1}
            onChange={(v) => onValues({ ...run.values, [name]: v })}
          />
        ))}
      </div>
      {run.problem && (
        <p className="bp-callout" role="status" data-testid="sandbox-problem">
          {run.problem}
        </p>
      )}
      {run.trace && (
        <PassStepper
          trace={run.trace}
          mode="both"
          position={position}
          onPosition={onPosition}
          outputTex="f"
          ariaLabel={`Graph of ${run.shownExpr}`}
        />
      )}
    </div>
  );
}
