import { describe, expect, it } from 'vitest';
import { createRng, mlp, tensor } from '../engine';
import { filterNormalDirection, flatten, principalPlane, type MlpParams } from './landscape';
import { CANCELLED, landscapeCommands } from './landscape-job';
import type { LandscapeRequest, WorkerMessage } from './protocol';
import { fakeMnist } from './test-fixtures';

function smallNet(seed = 1) {
  const rng = createRng(seed);
  const model = mlp([6, 4, 3], { activation: 'relu', rng });
  const x = tensor(
    Float32Array.from({ length: 5 * 6 }, () => rng.normal()),
    { shape: [5, 6] },
  );
  return {
    model,
    params: model.parameters() as MlpParams,
    x,
    labels: Int32Array.from([0, 2, 1, 1, 0]),
    rng,
  };
}

describe('landscape slices', () => {
  it('filter-normalises each row of a direction to the norm of the weights’ row; biases stay put', () => {
    const { params, rng } = smallNet();
    const d = filterNormalDirection(params, rng);
    const w = params[0];
    for (let r = 0; r < 4; r++) {
      const row = (a: ArrayLike<number>) => Math.hypot(...Array.from(a).slice(r * 6, r * 6 + 6));
      expect(row(d[0])).toBeCloseTo(row(w.data), 5);
    }
    expect(Array.from(d[1]).every((v) => v === 0)).toBe(true);
  });

  it('finds the principal plane of a history that moves along two known directions', () => {
    const u = Float32Array.from([1, 0, 0, 0]);
    const v = Float32Array.from([0, 0, 1, 0]);
    const history = [0, 1, 2, 3, 4].map((t) =>
      Float32Array.from(u, (ui, i) => 3 * ui * (4 - t) + v[i] * Math.sin(t)),
    );
    const plane = principalPlane(history);
    for (const dir of plane.dirs) expect(Math.hypot(dir[0], dir[2])).toBeCloseTo(1, 5);
    history.forEach((h, t) => {
      const [a, b] = plane.coords[t];
      h.forEach((value, i) =>
        expect(history[4][i] + a * plane.dirs[0][i] + b * plane.dirs[1][i]).toBeCloseTo(value, 4),
      );
    });
    expect(plane.coords[4]).toEqual([0, 0]);
    expect(plane.explained[0] + plane.explained[1]).toBeCloseTo(1, 5);
    expect(flatten([{ data: [1, 2] }, { data: [3] }])).toEqual(Float32Array.from([1, 2, 3]));
  });
});

const REQUEST: LandscapeRequest = { subset: 200, grid: 7, hidden: 16, epochs: 6, seed: 2, span: 1 };

function job() {
  const messages: WorkerMessage[] = [];
  const queue: (() => void)[] = [];
  const commands = landscapeCommands(
    { postMessage: (m) => messages.push(m) },
    { schedule: (fn) => queue.push(fn), loadMnist: async (_s, o) => fakeMnist(o?.count ?? 100) },
  );
  const drain = async () => {
    for (let i = 0; i < 10000; i++) {
      await Promise.resolve();
      await Promise.resolve();
      const next = queue.shift();
      if (!next) {
        await new Promise((r) => setTimeout(r, 0));
        if (queue.length === 0) return;
        continue;
      }
      next();
    }
  };
  return { commands, messages, queue, drain };
}

describe('landscape job', () => {
  it('trains, slices with the minimum at the centre, and projects the trajectory', async () => {
    const { commands, messages, drain } = job();
    const done = commands.landscape({ request: REQUEST });
    await drain();
    const result = await done;
    expect(result.trainAccuracy).toBeGreaterThan(0.9);
    const { random } = result;
    expect(Math.abs(random.minimum.x)).toBeLessThanOrEqual(1 / 3 + 1e-6);
    expect(Math.abs(random.minimum.y)).toBeLessThanOrEqual(1 / 3 + 1e-6);
    expect(random.values[24]).toBeCloseTo(random.centreLoss, 5);
    const path = result.trajectory.path;
    expect(path[path.length - 2]).toBeCloseTo(0, 6);
    expect(
      messages.some((m) => m.type === 'landscape-progress' && m.progress.phase === 'random'),
    ).toBe(true);
  });

  it('stops when cancelled and is ready for the next job', async () => {
    const { commands, drain } = job();
    const first = commands.landscape({ request: REQUEST });
    const outcome = expect(first).rejects.toThrow(CANCELLED);
    commands.cancelLandscape();
    await drain();
    await outcome;
    const second = commands.landscape({ request: { ...REQUEST, grid: 5, epochs: 1 } });
    await drain();
    expect((await second).random.n).toBe(5);
  });

  it('refuses a grid or subset out of range with a message', async () => {
    const { commands } = job();
    await expect(commands.landscape({ request: { ...REQUEST, grid: 500 } })).rejects.toThrow(
      /grid/,
    );
    await expect(commands.landscape({ request: { ...REQUEST, subset: 5 } })).rejects.toThrow(
      /subset/,
    );
  });
});
