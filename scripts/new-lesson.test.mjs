import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLesson, idProblem, registerLesson } from './new-lesson.mjs';

const REGISTRY = readFileSync('src/lessons/registry.ts', 'utf8');

describe('new-lesson', () => {
  it('refuses ids that are not slugs, with a message', () => {
    expect(idProblem('Bad Id')).toMatch(/not a lesson id/);
    expect(idProblem('')).toMatch(/Give the lesson an id/);
    expect(idProblem('conv-nets')).toBeNull();
  });

  it('imports the lesson and appends it to LESSONS in the real registry', () => {
    const next = registerLesson(REGISTRY, 'conv-nets');
    expect(next).toContain("import convNets from './conv-nets/lesson';");
    expect(next).toMatch(/LESSONS: readonly LessonDefinition\[\] = \[[^\]]*, convNets\];/);
  });

  it('writes the folder and the registry entry, and refuses to overwrite', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-lesson-'));
    mkdirSync(join(root, 'src', 'lessons'), { recursive: true });
    writeFileSync(join(root, 'src', 'lessons', 'registry.ts'), REGISTRY);
    createLesson(root, 'conv-nets', 'Convolutions, "first look"');
    for (const f of ['lesson.ts', 'Steps.tsx', 'intro.mdx', 'notes/intro.mdx', 'lesson.test.ts'])
      expect(existsSync(join(root, 'src', 'lessons', 'conv-nets', f))).toBe(true);
    const lesson = readFileSync(join(root, 'src', 'lessons', 'conv-nets', 'lesson.ts'), 'utf8');
    expect(lesson).toContain(`title: 'Convolutions, "first look"'`);
    expect(() => createLesson(root, 'conv-nets', 'Again')).toThrow(/exists already/);
  });
});
