import { describe, expect, it } from 'vitest';
import { EngineError, batches, createRng, loadParams, mlp, saveParams } from './index';

describe('saveParams / loadParams', () => {
  const make = (seed: number) => mlp([3, 4, 2], { activation: 'relu', rng: createRng(seed) });

  it('round-trips through JSON', () => {
    const a = make(1);
    const b = make(2);
    loadParams(b, JSON.parse(JSON.stringify(saveParams(a))));
    expect(b.parameters().map((t) => t.toArray())).toEqual(a.parameters().map((t) => t.toArray()));
    expect(saveParams(a)).toMatchObject({ format: 'chain-rule-params', version: 1 });
  });

  it('rejects corrupt or mismatched files with clear messages, leaving the model untouched', () => {
    const model = make(1);
    const before = model.parameters().map((t) => t.toArray());
    const good = saveParams(make(3));
    // The patched copies are deliberately not valid ParamsFiles, so they are handled as plain JSON.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const bad = (patch: (f: any) => unknown) => {
      const f = JSON.parse(JSON.stringify(good));
      return patch(f) ?? f;
    };
    expect(() => loadParams(model, null)).toThrow('loadParams: not a chain-rule-params file');
    expect(() =>
      loadParams(
        model,
        bad((f) => void (f.version = 2)),
      ),
    ).toThrow('unsupported version 2');
    expect(() =>
      loadParams(
        model,
        bad((f) => void (f.params[1].name = 'x')),
      ),
    ).toThrow(/names \[0.weight, x, 2.weight, 2.bias\]/);
    expect(() =>
      loadParams(
        model,
        bad((f) => void (f.params[0].shape = [3, 4])),
      ),
    ).toThrow('"0.weight" has shape [3,4], the model expects [4,3]');
    expect(() =>
      loadParams(
        model,
        bad((f) => void (f.params[2].data[0] = null)),
      ),
    ).toThrow(/non-finite/);
    expect(() =>
      loadParams(
        model,
        bad((f) => void f.params[3].data.pop()),
      ),
    ).toThrow('"2.bias" needs 2 values');
    expect(() =>
      loadParams(
        model,
        bad((f) => void f.params.pop()),
      ),
    ).toThrow(EngineError);
    expect(model.parameters().map((t) => t.toArray())).toEqual(before);
  });
});

describe('batches', () => {
  it('covers every index exactly once per epoch, in batches of the given size', () => {
    const all = Array.from(batches(10, 4, createRng(1)));
    expect(all.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(all.flatMap((b) => Array.from(b)).sort((a, b) => a - b)).toEqual([...Array(10).keys()]);
  });

  it('is seeded: same seed, same order; the next epoch is shuffled differently', () => {
    const flat = (rng: ReturnType<typeof createRng>) =>
      Array.from(batches(50, 8, rng)).flatMap((b) => Array.from(b));
    const a = createRng(9);
    const b = createRng(9);
    const epoch1 = flat(a);
    expect(flat(b)).toEqual(epoch1);
    expect(flat(a)).not.toEqual(epoch1);
  });
});

describe('createRng', () => {
  it('same seed, same numbers; different seeds differ', () => {
    const draw = (seed: number) => {
      const r = createRng(seed);
      return [r.next(), r.normal(), r.int(100), r.shuffle([1, 2, 3, 4, 5])];
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it('shuffles a typed array in place exactly as it shuffles a plain array', () => {
    const typed = Int32Array.from({ length: 20 }, (_, i) => i);
    const plain = Array.from({ length: 20 }, (_, i) => i);
    expect(createRng(11).shuffle(typed)).toBe(typed);
    createRng(11).shuffle(plain);
    expect(Array.from(typed)).toEqual(plain);
    expect(Array.from(typed).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(plain).not.toEqual([...Array(20).keys()]);
  });

  it('uniforms lie in [0, 1) and normals have mean ≈ 0, std ≈ 1', () => {
    const r = createRng(3);
    const u = Array.from({ length: 20000 }, () => r.next());
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
    const z = Array.from({ length: 20000 }, () => r.normal());
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const std = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(std - 1)).toBeLessThan(0.03);
  });
});
