/**
 * The layer rule (engine ← data ← worker ← components ← kit ← lessons ← app) is enforced by lint:
 * an upward import fails with a message naming the rule; a downward one passes. Above the worker,
 * code reaches it only through its public entry point (src/worker/index.ts).
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function messagesFor(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rule', () => {
  // Loading the config and its plugins takes seconds on a busy machine: do it once, untimed.
  beforeAll(() => eslint.lintText('', { filePath: 'src/engine/x.ts' }), 120_000);

  it.each([
    [
      'src/engine/x.ts',
      "import { a } from '../data/mnist-types';",
      'src/engine may not import src/data',
    ],
    [
      'src/components/x.ts',
      "import { a } from '../kit/lesson';",
      'src/components may not import src/kit',
    ],
    [
      'src/kit/x/y.ts',
      "import { a } from '../../lessons/registry';",
      'src/kit may not import src/lessons',
    ],
    [
      'src/lessons/a/b.ts',
      "import { a } from '../../app/App';",
      'src/lessons may not import src/app',
    ],
    [
      'src/worker/x.ts',
      "import { a } from '../components/format';",
      'src/worker may not import src/components',
    ],
    ['src/gallery/x.ts', "import { a } from '../app/App';", 'developer page'],
    [
      'src/lessons/a/b.ts',
      "import { a } from '../../worker/client';",
      'src/lessons imports the worker only through its public entry point',
    ],
    [
      'src/kit/x.ts',
      "import type { a } from '../worker/protocol';",
      'src/kit imports the worker only through its public entry point',
    ],
    [
      'src/components/a/x.tsx',
      "import { a } from '../../worker/trainer';",
      'src/components imports the worker only through its public entry point',
    ],
    [
      'src/app/x.ts',
      "import { a } from '../worker/landscape-client';",
      'src/app imports the worker only through its public entry point',
    ],
    [
      'src/lessons/gradients/x.ts',
      "import { a } from '../backprop/multiply-op';",
      "a lesson may not import another lesson's folder",
    ],
    [
      'src/lab/x.ts',
      "import { a } from '../worker/samples';",
      'src/lab imports the worker only through its public entry point',
    ],
  ])('%s: %s fails naming the rule', async (file, code, expected) => {
    const messages = await messagesFor(file, `${code}\nexport const b = a;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    ['src/lessons/a/b.ts', "import { a } from '../../kit/lesson';"],
    ['src/kit/x.ts', "import { a } from '../components/format';"],
    ['src/app/x.ts', "import { a } from '../lessons/registry';"],
    ['src/worker/x.ts', "import { a } from '../engine';"],
    ['src/lessons/a/b.ts', "import { a } from '../../worker';"],
    ['src/lessons/a/b.ts', "import { a } from './c';"],
    ['src/lessons/a/b.test.ts', "import { a } from '../registry';"],
    ['src/kit/x.ts', "import type { a } from '../worker';"],
    ['src/worker/x.ts', "import { a } from './client';"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await messagesFor(file, `${code}\nexport const b = a;\n`)).toEqual([]);
  });
});
