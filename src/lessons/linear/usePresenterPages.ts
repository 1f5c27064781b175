/**
 * A step with several figures shows them one at a time in presenter mode, so each can be large:
 * the clicker reveals the next figure (after the figure on screen has used its own presses) and
 * the back key the previous one. Outside presenter mode every figure is shown.
 */
import { useState } from 'react';
import { useSubSteps } from '../../kit/substeps';

/** Whether figure `i` of the step is on screen. */
export type PageFilter = (i: number) => boolean;

/** Claims the clicker for `count` figures while presenting; returns which figure is shown. */
export function usePresenterPages(count: number, isPresenting: boolean): PageFilter {
  const [page, setPage] = useState(0);
  useSubSteps({
    next: () => (isPresenting && page < count - 1 ? (setPage(page + 1), true) : false),
    prev: () => (isPresenting && page > 0 ? (setPage(page - 1), true) : false),
    position: () => (isPresenting ? [page, count - 1] : [0, 0]),
    clicker: isPresenting
      ? `Each press shows the next of this step’s ${count} figures, one at a time; Back the previous one.`
      : undefined,
  });
  return (i) => !isPresenting || i === Math.min(page, count - 1);
}
