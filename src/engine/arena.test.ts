import { describe, expect, it } from 'vitest';
import { BufferArena, isArenaBuffer, withArena } from './arena';
import { createRng } from './rng';
import { allocate } from './storage';
import { tensor } from './create';
import { Sequential, Linear, ReLU } from './nn';
import { SGD } from './optim';

describe('BufferArena', () => {
  it('lends zero-filled buffers and lends the same ones again after recycle', () => {
    const arena = new BufferArena();
    const first = withArena(arena, () => allocate('float32', 8));
    first.fill(7);
    arena.recycle();
    const second = withArena(arena, () => allocate('float32', 8));
    expect(second).toBe(first);
    expect(Array.from(second)).toEqual(new Array(8).fill(0));
    expect(isArenaBuffer(second)).toBe(true);
  });

  it('never lends one buffer twice in a cycle, and keeps dtypes apart', () => {
    const arena = new BufferArena();
    withArena(arena, () => [allocate('float32', 4), allocate('float64', 4)]);
    arena.recycle();
    const [a, b, c] = withArena(arena, () => [
      allocate('float32', 4),
      allocate('float32', 4),
      allocate('float64', 4),
    ]);
    expect(a).not.toBe(b);
    expect(a).toBeInstanceOf(Float32Array);
    expect(c).toBeInstanceOf(Float64Array);
  });

  it('releases buffers left free for a whole cycle', () => {
    const arena = new BufferArena();
    withArena(arena, () => allocate('float32', 100));
    arena.recycle();
    withArena(arena, () => allocate('float32', 3));
    expect(arena.heldNumbers()).toBe(103);
    arena.recycle();
    expect(arena.heldNumbers()).toBe(3);
  });

  it('applies only inside withArena, which nests and restores the outer arena', () => {
    const outer = new BufferArena();
    const inner = new BufferArena();
    const plain = allocate('float32', 2);
    expect(isArenaBuffer(plain)).toBe(false);
    withArena(outer, () => {
      withArena(inner, () => allocate('float32', 5));
      allocate('float32', 6);
    });
    expect(inner.heldNumbers()).toBe(5);
    expect(outer.heldNumbers()).toBe(6);
    expect(() => withArena(outer, () => { throw new Error('boom'); })).toThrow('boom'); // prettier-ignore
    expect(isArenaBuffer(allocate('float32', 1))).toBe(false);
  });
});

/**
 * Three SGD steps of a small MLP; with `arena`, each step's forward and backward run in it. The first
 * weight's gradient and the hidden activations have the same size (20), so a gradient left in the
 * arena would be lent out again and overwritten.
 */
function train(
  arena: BufferArena | null,
  stepInArena = false,
): { losses: number[]; params: number[][] } {
  const rng = createRng(3);
  const model = new Sequential(new Linear(4, 5, { rng }), new ReLU(), new Linear(5, 3, { rng }));
  const opt = new SGD(model.parameters(), { lr: 0.5, momentum: 0.9 });
  const x = tensor(
    Array.from({ length: 16 }, (_, i) => Math.sin(i)),
    { shape: [4, 4] },
  );
  const labels = Int32Array.from([0, 1, 2, 1]);
  const losses: number[] = [];
  for (let s = 0; s < 3; s++) {
    opt.zeroGrad();
    arena?.recycle();
    const run = () => {
      const loss = model.forward(x).softmaxCrossEntropy(labels);
      loss.backward();
      return loss.item();
    };
    if (arena && stepInArena) {
      const loss = withArena(arena, () => {
        const value = run();
        opt.step();
        return value;
      });
      losses.push(loss);
      continue;
    }
    losses.push(arena ? withArena(arena, run) : run());
    opt.step();
  }
  return { losses, params: model.parameters().map((p) => Array.from(p.data)) };
}

describe('training in an arena', () => {
  it('gives the same losses and weights as fresh buffers (leaf gradients are kept out of the arena)', () => {
    const arena = new BufferArena();
    const fresh = train(null);
    const reused = train(arena);
    expect(reused).toEqual(fresh);
    expect(arena.heldNumbers()).toBeGreaterThan(0);
  });

  it('keeps optimizer state out of the arena even when the update runs inside it', () => {
    expect(train(new BufferArena(), true)).toEqual(train(null));
  });
});
