import { describe, expect, it } from 'vitest';
import { readParams } from '../../kit/url-params';
import { LINEAR_PARAMS } from './params';

const read = (search: string) => readParams(LINEAR_PARAMS, new URLSearchParams(search)).values;

describe('linear URL parameters', () => {
  it('clamp a learning rate to the slider’s own range (0.001 to 100), never below it', () => {
    expect(read('lr=0').lr).toBe(0.001);
    expect(read('lr=0.0001').lr).toBe(0.001);
    expect(read('lr=1e9').lr).toBe(100);
    expect(read('lr=0.05').lr).toBe(0.05);
  });

  it('clamp batch size and training digits to their fields’ ranges', () => {
    expect(read('batch=0&n=5').batch).toBe(1);
    expect(read('batch=5000').batch).toBe(1024);
    expect(read('n=5').n).toBe(100);
    expect(read('n=99999').n).toBe(60000);
  });
});
