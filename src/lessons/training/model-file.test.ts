import { describe, expect, it } from 'vitest';
import { architectureOf, readModelFile, writeModelFile } from './model-file';

const arch = architectureOf({ layers: 2, width: 64, act: 'relu' });
const text = writeModelFile({ architecture: arch, step: 5, testAccuracy: 0.9, params: { a: 1 } });

describe('model file', () => {
  it('names the architecture and reads back what it wrote', () => {
    expect(arch).toBe('784-64-64-10 relu');
    const r = readModelFile(text, arch);
    expect(r.ok && r.file.step).toBe(5);
  });
  it('refuses a file that is not a model, is cut short, or has another architecture', () => {
    expect(readModelFile('hello', arch)).toMatchObject({ ok: false, message: /not a model file/ });
    expect(readModelFile('{"x":1}', arch)).toMatchObject({ ok: false, message: /not a model/ });
    expect(readModelFile(text.slice(0, 60), arch)).toMatchObject({
      ok: false,
      message: /cut short/,
    });
    expect(readModelFile(text, '784-128-10 relu')).toMatchObject({
      ok: false,
      message: /784-64-64-10 relu network; yours is 784-128-10 relu/,
    });
  });
});
