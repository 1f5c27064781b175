// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { CourseProvider } from '../../kit/course';
import { LESSONS } from '../registry';
import { CourseLessons, PracticeLessons } from './CourseLessons';

afterEach(cleanup);

describe('welcome lists derived from the registry', () => {
  it('names every registered lesson after the welcome, and only those', () => {
    render(
      <CourseProvider lessons={LESSONS}>
        <CourseLessons />
      </CourseProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(LESSONS.length - 1);
    for (const l of LESSONS.slice(1)) expect(screen.getByText(l.title)).toBeInTheDocument();
  });

  it('links each lesson that has exercises to its practice step', () => {
    render(
      <CourseProvider lessons={LESSONS}>
        <PracticeLessons />
      </CourseProvider>,
    );
    const withExercises = LESSONS.filter((l) => l.steps.some((s) => s.exercises));
    expect(withExercises.length).toBeGreaterThan(0);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(withExercises.length);
    const backprop = withExercises.find((l) => l.id === 'backprop')!;
    const step = backprop.steps.findIndex((s) => s.id === 'practice') + 1;
    expect(screen.getByRole('link', { name: backprop.title })).toHaveAttribute(
      'href',
      `/lesson/backprop/${step}`,
    );
  });
});
