import { describe, expect, it } from 'vitest';
import { normalise, parseMessage, sameState, withFlag } from './sync';

describe('presenter sync', () => {
  it('accepts well-formed messages and ignores the rest', () => {
    expect(parseMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
    expect(parseMessage({ kind: 'action', action: 'next' })).toEqual({
      kind: 'action',
      action: 'next',
    });
    expect(parseMessage({ kind: 'action', action: 'toggle' })).toBeNull();
    expect(parseMessage({ kind: 'hash', hash: 42 })).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('state')).toBeNull();
    const state = {
      kind: 'state',
      lessonId: 'backprop',
      step: 2,
      hash: '/lesson/backprop/3?bs=2',
      substep: '2 of 5',
      clicker: 'Each press takes one backward step through the graph; Back undoes it.',
      talkStartedAt: 1,
      stepStartedAt: 2,
    };
    expect(parseMessage(state)).toEqual(state);
    expect(parseMessage({ ...state, step: 'two' })).toBeNull();
  });

  it('carries the clicker sentence, null when the step claims no presses', () => {
    const state = {
      kind: 'state',
      lessonId: 'gradients',
      step: 1,
      hash: '/lesson/gradients/2',
      substep: null,
      clicker: null,
      talkStartedAt: 1,
      stepStartedAt: 2,
    };
    expect(parseMessage(state)).toEqual(state);
    expect(parseMessage({ ...state, clicker: 42 })).toBeNull();
    expect(parseMessage({ ...state, clicker: 'x'.repeat(20_000) })).toBeNull();
    // An audience window from before the clicker line still syncs, with no sentence.
    const { clicker: _dropped, ...older } = state;
    expect(parseMessage({ ...older, substep: '1 of 3' })).toEqual({
      ...state,
      substep: '1 of 3',
    });
  });

  it('compares states without the window flags and in any parameter order', () => {
    expect(sameState('#/lesson/a/2?x=1&present=1&y=2', '/lesson/a/2?y=2&x=1&preview=1')).toBe(true);
    expect(sameState('/lesson/a/2?x=1', '/lesson/a/2?x=2')).toBe(false);
    expect(normalise('/lesson/a/1?present=1')).toBe('/lesson/a/1');
    expect(withFlag('/lesson/a/1?x=1', 'preview')).toBe('/lesson/a/1?x=1&preview=1');
  });
});
