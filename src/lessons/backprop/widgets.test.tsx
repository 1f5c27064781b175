// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SubStepProvider, SubStepRegistry } from '../../kit/substeps';
import { PassStepper } from './PassStepper';
import { ChainAssembly } from './ChainAssembly';
import { ExpressionField } from '../../components/controls/ExpressionField';
import { buildScalarExample } from './scalar-example';
import { tracePasses } from './trace';
import { runSandbox } from './sandbox-run';
import { ScalarResults } from './ScalarInputsPanel';
import { runScalarExample } from './useScalarTrace';

afterEach(cleanup);

const lectureRun = () => {
  const tensors = buildScalarExample({ x: 5, w1: 1, w2: 2, y: 2 });
  return { tensors, trace: tracePasses(tensors.loss) };
};

function StatefulStepper({
  registry,
  start = 0,
  predict = false,
}: {
  registry: SubStepRegistry;
  start?: number;
  predict?: boolean;
}) {
  const [pos, setPos] = useState(start);
  const { trace } = lectureRun();
  return (
    <SubStepProvider registry={registry}>
      <PassStepper
        trace={trace}
        mode="backward"
        position={pos}
        onPosition={setPos}
        ariaLabel="graph"
        predictProducts={predict}
      />
    </SubStepProvider>
  );
}

describe('PassStepper', () => {
  it('steps backward with the buttons and shows upstream × local = product', async () => {
    render(<StatefulStepper registry={new SubStepRegistry()} />);
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 0 of 4');
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
    const next = screen.getByRole('button', { name: 'Next node →' });
    for (let i = 0; i < 4; i++) await userEvent.click(next);
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 4 of 4');
    expect(next).toBeDisabled();
    expect(screen.getByRole('button', { name: 'value w1 = 1, gradient 80' })).toBeInTheDocument();
    expect(screen.getByTestId('backward-details')).toHaveTextContent('to w1');
  });

  it('gives clicker presses to the stepper until its last node, then lets them through', () => {
    const registry = new SubStepRegistry();
    render(<StatefulStepper registry={registry} start={3} />);
    const press = (dir: 'next' | 'prev') => {
      let consumed = false;
      act(() => {
        consumed = registry[dir]();
      });
      return consumed;
    };
    expect(press('next')).toBe(true);
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 4 of 4');
    expect(press('next')).toBe(false);
    expect(press('prev')).toBe(true);
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 3 of 4');
  });

  it('clamps a position from a link that is past the end', () => {
    render(<StatefulStepper registry={new SubStepRegistry()} start={99} />);
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 4 of 4');
  });
});

describe('Backward details', () => {
  it('asks for each product before the step runs, with targeted feedback', async () => {
    render(<StatefulStepper registry={new SubStepRegistry()} start={1} predict />);
    await userEvent.click(screen.getByRole('button', { name: 'Next node →' }));
    // Step 2 is ŷ = w2·g: upstream 8; w2 receives 8 × 5 = 40, g receives 8 × 2 = 16.
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 1 of 4 · predict step 2');
    expect(screen.queryByTestId('bp-product')).toBeNull();
    const [forW2] = screen.getAllByRole('textbox');
    await userEvent.type(forW2, '5');
    await userEvent.click(screen.getAllByRole('button', { name: 'Check' })[0]);
    expect(screen.getByTestId('predict-mistake')).toHaveTextContent('local gradient alone');
    await userEvent.clear(forW2);
    await userEvent.type(forW2, '40');
    await userEvent.click(screen.getAllByRole('button', { name: 'Check' })[0]);
    expect(screen.getByText(/Correct: 40/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show on the graph →' }));
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 2 of 4');
    expect(screen.getAllByTestId('bp-product')).toHaveLength(2);
  });

  it('gives the clicker three presses per node: ask the room, reveal the products, run it', () => {
    const registry = new SubStepRegistry();
    render(<StatefulStepper registry={registry} start={1} predict />);
    const press = (dir: 'next' | 'prev') => act(() => void registry[dir]());
    expect(registry.clicker()).toMatch(/takes three presses: ask the room/);
    press('next');
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('predict step 2');
    expect(screen.queryByText(/The answer is/)).toBeNull();
    press('next');
    // Still the question, now with w2's 8 × 5 = 40 and g's 8 × 2 = 16 revealed.
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('predict step 2');
    const answers = screen.getAllByText(/The answer is/).map((el) => el.textContent);
    expect(answers).toEqual(['The answer is 40.', 'The answer is 16.']);
    press('prev');
    expect(screen.queryByText(/The answer is/)).toBeNull();
    press('next');
    press('next');
    expect(screen.getByTestId('stepper-status')).toHaveTextContent('step 2 of 4');
    expect(screen.getAllByTestId('bp-product')).toHaveLength(2);
  });

  it('shows each contribution of x·x as its own product, and the running total apart', () => {
    const run = runSandbox('x*x', 'x*x', { x: 3 });
    render(
      <PassStepper
        trace={run.trace!}
        mode="backward"
        position={1}
        onPosition={() => undefined}
        outputTex="f"
        ariaLabel="graph"
      />,
    );
    const products = screen.getAllByTestId('bp-product').map((el) => el.textContent);
    const totals = screen.getAllByTestId('bp-total').map((el) => el.textContent);
    expect(products).toHaveLength(2);
    for (const p of products) expect(p).toMatch(/1\s*×\s*3\s*=\s*3$/);
    expect(totals[0]).toMatch(/=\s*3$/);
    expect(totals[1]).toMatch(/=\s*6$/);
  });

  it('writes local gradients in the lesson’s names, not the op’s generic y, a, b', () => {
    render(<StatefulStepper registry={new SubStepRegistry()} start={2} />);
    const details = screen.getByTestId('backward-details');
    // Step 2 goes back through ŷ = w2·g: ∂ŷ/∂w2 = g = 5 and ∂ŷ/∂g = w2 = 2.
    expect(details).toHaveTextContent('\\frac{\\partial {\\hat y}}{\\partial {w_2}} = {g} = 5');
    expect(details).toHaveTextContent('\\frac{\\partial {\\hat y}}{\\partial {g}} = {w_2} = 2');
    expect(details).not.toHaveTextContent(/here|partial y}|partial a}/);
  });

  it('writes each visited edge’s local gradient on the graph, and the toggle hides them', async () => {
    render(<StatefulStepper registry={new SubStepRegistry()} start={4} />);
    const texts = screen.getAllByTestId('edge-formula').map((el) => el.textContent ?? '');
    expect(texts.some((t) => t.includes('\\partial {f}/\\partial {w_1} = {x} = 5'))).toBe(true);
    expect(texts.some((t) => t.includes('\\mathbb{1}[{f} > 0] = 1'))).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Local gradients on the edges' }));
    expect(screen.queryAllByTestId('edge-formula')).toHaveLength(0);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Local gradients on the edges' }));
  });
});

describe('ChainAssembly', () => {
  function Stateful() {
    const [shown, setShown] = useState(0);
    return <ChainAssembly run={lectureRun()} shown={shown} onShown={setShown} />;
  }

  it('multiplies in one factor per click and names each partial gradient', async () => {
    render(<Stateful />);
    const more = screen.getByRole('button', { name: 'Multiply in the next factor →' });
    await userEvent.click(more);
    expect(screen.getByText(/Known so far/)).toHaveTextContent('1 of 4 factors');
    for (let i = 0; i < 3; i++) await userEvent.click(more);
    expect(more).toBeDisabled();
    expect(screen.getByText(/Known so far/)).toHaveTextContent('80');
  });

  it('checks a prediction of ∂L/∂w2 against the engine (40) and shows the shared factor', async () => {
    render(<Stateful />);
    await userEvent.type(screen.getByRole('textbox', { name: /What is ∂L\/∂w₂/ }), '40');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/Correct/)).toBeInTheDocument();
    expect(screen.getByText('both', { selector: 'strong' })).toBeInTheDocument();
  });

  it('answers 80 for ∂L/∂w2 with "that is w₁’s chain", not just "wrong"', async () => {
    render(<Stateful />);
    await userEvent.type(screen.getByRole('textbox', { name: /What is ∂L\/∂w₂/ }), '80');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('predict-mistake')).toHaveTextContent('w₁’s chain');
  });
});

describe('ExpressionField and the sandbox run', () => {
  it('marks the offending character of w1*(x with a caret and an alert', () => {
    const run = runSandbox('w1*(x', 'relu(w1*x)*w2', {});
    expect(run.syntaxError).not.toBeNull();
    expect(run.shownExpr).toBe('relu(w1*x)*w2');
    expect(run.trace).not.toBeNull();
    render(
      <ExpressionField
        value="w1*(x"
        onChange={() => undefined}
        error={run.syntaxError}
        maxLength={200}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent("'('");
    expect(screen.getByRole('textbox', { name: 'Expression' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(document.querySelector('.cr-expr__echo')?.textContent).toContain('\n     ^');
  });

  it('reports a non-finite result in words and still builds the graph', () => {
    const run = runSandbox('log(x)', 'x', { x: -2 });
    expect(run.syntaxError).toBeNull();
    expect(run.problem).toMatch(/^log of −2 gives NaN/);
    expect(run.trace).not.toBeNull();
  });

  it('explains a variable-free expression instead of crashing', () => {
    const run = runSandbox('2*3', 'x', {});
    expect(run.trace).toBeNull();
    expect(run.problem).toMatch(/no variables/);
  });
});

describe('ScalarResults', () => {
  it('calls out a blocked ReLU and prints f in plain text with proper minus signs', () => {
    // f = w1·x = 2e−5 · (−1) = −2e−5 is not positive, so g = max(0, f) = 0 and ∂g/∂f = 0.
    render(<ScalarResults run={runScalarExample({ x: -1, w1: 2e-5, w2: 2, y: 2 })} />);
    expect(screen.getByTestId('relu-blocked')).toHaveTextContent('f = −2e−5 is not positive');
  });
});
