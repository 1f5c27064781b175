import { describe, expect, it } from 'vitest';
import { recipeCurrent, recipeReached, STEP } from './recipe-progress';

const base = { hasData: false, iteration: 0, hasEvaluation: false };

describe('recipe progress', () => {
  it('ticks data only once the digits are on screen', () => {
    expect(recipeReached({ ...base, step: STEP.pixels })).toEqual([]);
    expect(recipeReached({ ...base, step: STEP.pixels, hasData: true })).toEqual(['data']);
  });

  it('ticks model at the model step, loss at the training step', () => {
    expect(recipeReached({ ...base, step: STEP.model, hasData: true })).toEqual(['data', 'model']);
    expect(recipeReached({ ...base, step: STEP.train, hasData: true })).toEqual([
      'data',
      'model',
      'loss',
    ]);
  });

  it('ticks train and evaluate only when the run has trained and been tested, and the student is there', () => {
    expect(
      recipeReached({ step: STEP.model, hasData: true, iteration: 300, hasEvaluation: true }),
    ).toEqual(['data', 'model']);
    expect(
      recipeReached({ step: STEP.train, hasData: true, iteration: 300, hasEvaluation: false }),
    ).toEqual(['data', 'model', 'loss', 'train']);
    expect(
      recipeReached({ step: STEP.train, hasData: true, iteration: 300, hasEvaluation: true }),
    ).toEqual(['data', 'model', 'loss', 'train', 'evaluate']);
  });

  it('highlights the recipe step each lesson step is about', () => {
    expect(recipeCurrent(STEP.pixels)).toBe('data');
    expect(recipeCurrent(STEP.recipe)).toBeUndefined();
    expect(recipeCurrent(STEP.model)).toBe('model');
    expect(recipeCurrent(STEP.train)).toBe('train');
    expect(recipeCurrent(STEP.draw)).toBe('evaluate');
  });
});
