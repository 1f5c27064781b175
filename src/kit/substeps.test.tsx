// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import { SubStepProvider, SubStepRegistry, useSubSteps } from './substeps';

afterEach(cleanup);

/** A counter from 0 to `last` that describes its presses by where it is. */
function Counter({ last }: { last: number }) {
  const [at, setAt] = useState(0);
  useSubSteps({
    next: () => (at < last ? (setAt(at + 1), true) : false),
    prev: () => (at > 0 ? (setAt(at - 1), true) : false),
    position: () => [at, last],
    clicker: at < last ? `Each press counts up to ${last}.` : 'The next press changes step.',
  });
  return <span>{at}</span>;
}

describe('sub-step registry', () => {
  it('joins the mounted handlers’ clicker sentences and forgets removed ones', () => {
    const registry = new SubStepRegistry();
    expect(registry.clicker()).toBeNull();
    const quiet = registry.add({ next: () => false, prev: () => false });
    expect(registry.clicker()).toBeNull();
    const a = registry.add({ next: () => false, prev: () => false, clicker: 'A press reveals. ' });
    registry.add({ next: () => false, prev: () => false, clicker: 'Another trains.' });
    registry.add({ next: () => false, prev: () => false, clicker: '  ' });
    registry.add({ next: () => false, prev: () => false, clicker: 'Another trains.' });
    expect(registry.clicker()).toBe('A press reveals. Another trains.');
    a();
    quiet();
    expect(registry.clicker()).toBe('Another trains.');
  });

  it('reads the latest clicker sentence of a mounted widget', () => {
    const registry = new SubStepRegistry();
    const { unmount } = render(
      <SubStepProvider registry={registry}>
        <Counter last={2} />
      </SubStepProvider>,
    );
    expect(registry.clicker()).toBe('Each press counts up to 2.');
    act(() => void registry.next());
    act(() => void registry.next());
    expect(registry.position()).toBe('2 of 2');
    expect(registry.clicker()).toBe('The next press changes step.');
    expect(registry.next()).toBe(false);
    unmount();
    expect(registry.clicker()).toBeNull();
  });
});
