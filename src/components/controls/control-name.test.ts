import { describe, expect, it } from 'vitest';
import { controlName } from './control-name';

describe('controlName', () => {
  it('slugs a label for embeds', () => {
    expect(controlName('Learning rate α')).toBe('learning-rate');
    expect(controlName('Batch size')).toBe('batch-size');
    expect(controlName('  Hidden units (H) ')).toBe('hidden-units-h');
  });
});
