#!/usr/bin/env node
/**
 * `npm run new-lesson -- <id> "<title>"`: writes a lesson folder with one step (content, MDX prose,
 * speaker notes), a unit test, and the registry entry. The generated lesson passes `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A lesson id is a lowercase slug; returns why `id` is not one, or null. */
export function idProblem(id) {
  if (!id) return 'Give the lesson an id, e.g. npm run new-lesson -- convolutions "Convolutions".';
  if (!/^[a-z][a-z0-9-]*$/.test(id))
    return `"${id}" is not a lesson id: use lowercase letters, digits and dashes, starting with a letter.`;
  return null;
}

/** The identifier a lesson id becomes in the registry (`my-lesson` → `myLesson`). */
export function camel(id) {
  return id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

const quote = (s) => JSON.stringify(s).replace(/^"|"$/g, "'").replace(/\\"/g, '"');

/** The files of a new lesson, by path relative to the lesson folder. */
export function lessonFiles(id, title) {
  const t = quote(title);
  return {
    'lesson.ts': `/** ${title}. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./Steps');

/** The lesson's one definition. */
export default defineLesson({
  id: '${id}',
  title: ${t},
  summary: 'One line for the course map: what the student does here.',
  idea: 'The one idea a student takes away from this lesson.',
  minutes: 5,
  concepts: [],
  steps: [
    {
      id: 'intro',
      title: 'Start here',
      content: pick(steps, 'IntroContent'),
      notes: () => import('./notes/intro.mdx'),
    },
  ],
});
`,
    'Steps.tsx': `/** The steps of the lesson "${title}": prose (MDX) and figures. */
import { LessonFigure } from '../../kit/LessonFigure';
import Intro from './intro.mdx';

/** Step content: the first step. */
export function IntroContent() {
  return (
    <>
      <div className="prose">
        <Intro />
      </div>
      <LessonFigure title="A figure computed by the engine">
        <p>Put a component from src/components here, fed with numbers from src/engine.</p>
      </LessonFigure>
    </>
  );
}
`,
    'intro.mdx': `Write the step's prose here, in Markdown. In presenter mode it moves to the speaker notes.
`,
    'notes/intro.mdx': `**Say:** what the instructor says while this step is on screen.

**Ask the room:** one question, and the answer you expect.

**Watch for:** the misconception this step is meant to correct.
`,
    'lesson.test.ts': `import { describe, expect, it } from 'vitest';
import { lessonProblem } from '../../kit/lesson';
import lesson from './lesson';

describe('the ${id} lesson', () => {
  it('is a well-formed definition whose steps load', async () => {
    expect(lessonProblem(lesson)).toBeNull();
    for (const step of lesson.steps) {
      expect(typeof (await step.content()).default).toBe('function');
      expect(typeof (await step.notes()).default).toBe('function');
    }
  });
});
`,
  };
}

/** The registry's source with the lesson imported and appended to LESSONS. */
export function registerLesson(source, id) {
  const name = camel(id);
  const importLine = `import ${name} from './${id}/lesson';\n`;
  const lastImport = source.lastIndexOf("/lesson';\n");
  if (lastImport < 0) throw new Error('registry.ts: no lesson import found to add one after.');
  const at = lastImport + "/lesson';\n".length;
  let next = source.slice(0, at) + importLine + source.slice(at);
  const list = /export const LESSONS: readonly LessonDefinition\[\] = \[([\s\S]*?)\];/;
  const m = list.exec(next);
  if (!m) throw new Error('registry.ts: the LESSONS array was not found.');
  const items = m[1].trim().replace(/,\s*$/, '');
  next = next.replace(
    list,
    `export const LESSONS: readonly LessonDefinition[] = [${items}, ${name}];`,
  );
  return next;
}

/** Writes the lesson under `root` (the repository); returns the paths written. */
export function createLesson(root, id, title) {
  const problem = idProblem(id);
  if (problem) throw new Error(problem);
  if (!title) throw new Error('Give the lesson a title in quotes.');
  const dir = join(root, 'src', 'lessons', id);
  if (existsSync(dir)) throw new Error(`src/lessons/${id} exists already; pick another id.`);
  const registryPath = join(root, 'src', 'lessons', 'registry.ts');
  const registry = registerLesson(readFileSync(registryPath, 'utf8'), id);
  const written = [];
  for (const [rel, text] of Object.entries(lessonFiles(id, title))) {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  writeFileSync(registryPath, registry);
  return [...written, registryPath];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [id, title] = process.argv.slice(2);
  try {
    const paths = createLesson(process.cwd(), id, title);
    console.log(`Wrote the lesson "${title}":\n  ${paths.join('\n  ')}`);
    console.log(`Open it with npm start at #/lesson/${id}/1; see "Adding a lesson" in the README.`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
