import { beforeEach, describe, expect, it } from 'vitest';
import { useLinearStore } from './store';

describe('linear lesson store', () => {
  beforeEach(() => useLinearStore.getState().reset());

  it('ticks recipe steps once each, in recipe order, whatever order they arrive in', () => {
    const { reach } = useLinearStore.getState();
    reach(['train']);
    reach(['data', 'train']);
    reach(['model']);
    expect(useLinearStore.getState().reached).toEqual(['data', 'model', 'train']);
  });

  it('keeps the same state object when nothing new is reached (no needless re-render)', () => {
    useLinearStore.getState().reach(['data']);
    const before = useLinearStore.getState();
    before.reach(['data']);
    expect(useLinearStore.getState()).toBe(before);
  });

  it('resets to the defaults', () => {
    useLinearStore.getState().reach(['data']);
    useLinearStore.getState().setVariation(3, 8);
    useLinearStore.getState().reset();
    expect(useLinearStore.getState()).toMatchObject({
      reached: [],
      variationDigit: 4,
      confusedWith: 9,
    });
  });
});
