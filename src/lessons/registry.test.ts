import { describe, expect, it } from 'vitest';
import { CONCEPTS } from './concepts';
import { COURSE_PLAN } from './plan';
import { clampStep, findLesson, LESSONS, neighbours } from './registry';

describe('lesson registry', () => {
  it('has unique lesson ids and unique step ids within each lesson', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(lesson.steps.length).toBeGreaterThan(0);
      expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length);
      expect(lesson.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('only names lecture concepts that exist', () => {
    const known = new Set(CONCEPTS.map((c) => c.id));
    for (const lesson of LESSONS) for (const c of lesson.concepts) expect(known.has(c)).toBe(true);
    for (const part of COURSE_PLAN) for (const c of part.concepts) expect(known.has(c)).toBe(true);
  });

  it('plan parts link only to registered lessons', () => {
    for (const part of COURSE_PLAN)
      if (part.lessonId) expect(findLesson(part.lessonId)).toBeDefined();
  });

  it('clamps URL step numbers to the nearest valid step', () => {
    const lesson = LESSONS[0];
    expect(clampStep(lesson, 1)).toBe(0);
    expect(clampStep(lesson, 0)).toBe(0);
    expect(clampStep(lesson, -3)).toBe(0);
    expect(clampStep(lesson, 999)).toBe(lesson.steps.length - 1);
    expect(clampStep(lesson, Number('abc'))).toBe(0);
  });

  it('knows each lesson’s neighbours', () => {
    expect(neighbours(LESSONS[0].id).prev).toBeUndefined();
    expect(neighbours('no-such-lesson')).toEqual({});
  });
});
