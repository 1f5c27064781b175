import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../kit/concepts';
import { lessonProblem, type LessonDefinition } from '../kit/lesson';
import { clampStep, findLesson, LESSONS, neighbours } from './registry';

const stub = async () => ({ default: () => null });

describe('lesson registry', () => {
  it('holds only well-formed definitions with unique lesson ids', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) expect(lessonProblem(lesson)).toBeNull();
  });

  it('rejects a duplicate step id, a step without content or notes, and a bad slug', () => {
    const ok: LessonDefinition = {
      id: 'demo',
      title: 'Demo',
      summary: '',
      idea: '',
      minutes: 1,
      concepts: ['linear'],
      steps: [{ id: 'a', title: 'A', content: stub, notes: stub }],
    };
    expect(lessonProblem(ok)).toBeNull();
    const twice = { ...ok, steps: [ok.steps[0], ok.steps[0]] };
    expect(lessonProblem(twice)).toMatch(/two steps with the id "a"/);
    const noContent = { ...ok, steps: [{ ...ok.steps[0], content: undefined as never }] };
    expect(lessonProblem(noContent)).toMatch(/no content/);
    const noNotes = { ...ok, steps: [{ ...ok.steps[0], notes: undefined as never }] };
    expect(lessonProblem(noNotes)).toMatch(/no speaker notes/);
    expect(lessonProblem({ ...ok, id: 'Bad Id' })).toMatch(/slug/);
    expect(lessonProblem({ ...ok, steps: [] })).toMatch(/no steps/);
  });

  it('only names lecture concepts that exist, and each lesson lists a concept once', () => {
    const known = new Set(CONCEPTS.map((c) => c.id));
    for (const lesson of LESSONS) {
      for (const c of lesson.concepts) expect(known.has(c)).toBe(true);
      expect(new Set(lesson.concepts).size).toBe(lesson.concepts.length);
    }
  });

  it('loads every step’s content and notes', { timeout: 60_000 }, async () => {
    for (const lesson of LESSONS)
      for (const step of lesson.steps) {
        const [content, notes] = await Promise.all([step.content(), step.notes()]);
        expect(typeof content.default, `${lesson.id}/${step.id} content`).toBe('function');
        expect(typeof notes.default, `${lesson.id}/${step.id} notes`).toBe('function');
      }
  });

  it('clamps URL step numbers to the nearest valid step', () => {
    const lesson = LESSONS[0];
    expect(clampStep(lesson, 1)).toBe(0);
    expect(clampStep(lesson, 0)).toBe(0);
    expect(clampStep(lesson, -3)).toBe(0);
    expect(clampStep(lesson, 999)).toBe(lesson.steps.length - 1);
    expect(clampStep(lesson, Number('abc'))).toBe(0);
  });

  it('sends a step past either end to that end, however large: Infinity as 1e308', () => {
    const lesson = LESSONS[0];
    const last = lesson.steps.length - 1;
    expect(clampStep(lesson, Number('1e308'))).toBe(last);
    expect(clampStep(lesson, Number('Infinity'))).toBe(last);
    expect(clampStep(lesson, Number('-1e308'))).toBe(0);
    expect(clampStep(lesson, Number('-Infinity'))).toBe(0);
  });

  it('finds lessons case-insensitively and knows their neighbours', () => {
    expect(findLesson(LESSONS[0].id.toUpperCase())).toBe(LESSONS[0]);
    expect(neighbours(LESSONS[0].id).prev).toBeUndefined();
    expect(neighbours(LESSONS[1].id).prev).toBe(LESSONS[0]);
    expect(neighbours('no-such-lesson')).toEqual({});
  });
});
