// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SubStepProvider, SubStepRegistry } from '../../kit/substeps';
import { SymbolicFigure, depthAfterPress } from './SymbolicFigure';
import { MAX_DEPTH } from './composition';

afterEach(cleanup);

describe('the symbolic step’s depth on the clicker', () => {
  it('deepens one level per press up to the deepest k, and Back stops at the floor', () => {
    expect(depthAfterPress(3, 'next', 3)).toBe(4);
    expect(depthAfterPress(MAX_DEPTH - 1, 'next', 3)).toBe(MAX_DEPTH);
    expect(depthAfterPress(MAX_DEPTH, 'next', 3)).toBeNull();
    expect(depthAfterPress(5, 'prev', 3)).toBe(4);
    expect(depthAfterPress(3, 'prev', 3)).toBeNull();
    // A step opened at k = 1 lets Back return there; a floor out of range is clamped to 1…6.
    expect(depthAfterPress(2, 'prev', 1)).toBe(1);
    expect(depthAfterPress(1, 'prev', -5)).toBeNull();
    expect(depthAfterPress(MAX_DEPTH, 'prev', 99)).toBeNull();
  });

  it('drives the figure: three presses from k = 3 reach k = 6, Back walks down to 3', () => {
    function Stateful({ registry }: { registry: SubStepRegistry }) {
      const [k, setK] = useState(3);
      return (
        <SubStepProvider registry={registry}>
          <SymbolicFigure k={k} onK={setK} />
        </SubStepProvider>
      );
    }
    const registry = new SubStepRegistry();
    render(<Stateful registry={registry} />);
    const press = (dir: 'next' | 'prev') => {
      let used = false;
      act(() => void (used = registry[dir]()));
      return used;
    };
    const partials = () => screen.getByText(/^nodes of all \d+ partials$/).textContent;
    expect(partials()).toBe('nodes of all 4 partials');
    expect([press('next'), press('next'), press('next')]).toEqual([true, true, true]);
    expect(partials()).toBe(`nodes of all ${MAX_DEPTH + 1} partials`);
    expect(registry.position()).toBe('3 of 3');
    expect(press('next')).toBe(false);
    expect([press('prev'), press('prev'), press('prev'), press('prev')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(partials()).toBe('nodes of all 4 partials');
    expect(registry.clicker()).toMatch(/up to k = 6; Back makes it shallower, down to k = 3/);
  });
});
