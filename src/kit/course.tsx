/**
 * The course's lesson definitions, handed down by the app shell so that lessons which talk about
 * the course (the welcome road map, the closing summary) derive what they say from the registry
 * without importing it (the registry imports them).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { LessonDefinition } from './lesson';

const CourseContext = createContext<readonly LessonDefinition[]>([]);

/** Provides the registered lessons, in course order. */
export function CourseProvider({
  lessons,
  children,
}: {
  lessons: readonly LessonDefinition[];
  children: ReactNode;
}) {
  return <CourseContext.Provider value={lessons}>{children}</CourseContext.Provider>;
}

/** The registered lessons, in course order. */
export function useCourse(): readonly LessonDefinition[] {
  return useContext(CourseContext);
}
