/** Small hooks shared by the descent lesson's steps. */
import { useSubSteps } from '../../kit/substeps';
import { useUrlParams } from '../../kit/useUrlParams';
import type { ParamValues } from '../../kit/url-params';
import { DESCENT_PARAMS } from './params';

/** Values of the lesson's URL parameters. */
export type DescentParams = ParamValues<typeof DESCENT_PARAMS>;
/** Setter of the lesson's URL parameters. */
export type SetDescentParams = (values: Partial<DescentParams>) => void;

/** The lesson's URL state and its setter. */
export function useDescentParams(): [DescentParams, SetDescentParams] {
  const [params, set] = useUrlParams(DESCENT_PARAMS);
  return [params, set];
}

/**
 * Lets the clicker move a counter one press at a time within [0, max]; `what` names one unit
 * ("gradient step") for the presenter console's clicker line.
 */
export function useCounterSubSteps(
  value: number,
  max: number,
  set: (v: number) => void,
  what: string,
): void {
  useSubSteps({
    next: () => {
      if (value >= max) return false;
      set(value + 1);
      return true;
    },
    prev: () => {
      if (value <= 0) return false;
      set(value - 1);
      return true;
    },
    clicker: `Each press takes one more ${what}, up to ${max}; Back takes one away.`,
  });
}
