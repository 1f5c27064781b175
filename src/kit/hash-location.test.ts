import { describe, expect, it } from 'vitest';
import { splitHash } from './hash-location';

describe('splitHash', () => {
  it('separates the route from its parameters', () => {
    expect(splitHash('#/lesson/backprop/3?x=-1&present=1')).toEqual({
      path: '/lesson/backprop/3',
      search: 'x=-1&present=1',
    });
  });
  it('treats an empty or bare hash as the home route', () => {
    expect(splitHash('')).toEqual({ path: '/', search: '' });
    expect(splitHash('#')).toEqual({ path: '/', search: '' });
    expect(splitHash('#lesson/a')).toEqual({ path: '/lesson/a', search: '' });
  });
  it('survives malformed percent-encoding', () => {
    expect(splitHash('#/%E0%A4%A').path).toBe('/%E0%A4%A');
  });
});
