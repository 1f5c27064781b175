import { describe, expect, it } from 'vitest';
import { closestFunction, editDistance, unknownFunctionMessage } from './suggest';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['relu', 'relu', 0],
    ['kitten', 'sitting', 3],
    ['sigmod', 'sigmoid', 1],
    ['tahn', 'tanh', 1],
    ['ln', 'log', 2],
    ['abc', '', 3],
  ])('%s ↔ %s = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestFunction', () => {
  it('suggests near misses, ignoring case', () => {
    expect(closestFunction('sigmod')).toBe('sigmoid');
    expect(closestFunction('Tanh')).toBe('tanh');
    expect(closestFunction('rel')).toBe('relu');
    expect(closestFunction('expp')).toBe('exp');
  });

  it('does not suggest for short or distant names (a variable followed by a bracket)', () => {
    expect(closestFunction('x')).toBeNull();
    expect(closestFunction('w1')).toBeNull();
    expect(closestFunction('softmax')).toBeNull();
  });
});

describe('unknownFunctionMessage', () => {
  it('gives advice for known aliases and lists the functions otherwise', () => {
    expect(unknownFunctionMessage('sqrt')).toBe(
      "Unknown function 'sqrt'. Write x^0.5 for a square root",
    );
    expect(unknownFunctionMessage('w')).toBe(
      "Unknown function 'w'. The functions are exp, log, relu, sigmoid, tanh; to multiply, write w*(...)",
    );
  });
});
