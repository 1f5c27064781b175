/** The inpainting lesson's URL state, its training mask, and the model key, for every step. */
import { useMemo } from 'react';
import { useUrlParams } from '../../kit/useUrlParams';
import { encodeMask } from '../../data/mask-spec';
import { describeSpec, inpaintConfig, readPainted, specOf } from './masks';
import { INPAINT_PARAMS } from './params';

/** Everything a step needs to know about the chosen task. */
export function useInpaintView() {
  const [params, setParams, rejected, clamped] = useUrlParams(INPAINT_PARAMS);
  const painted = useMemo(() => readPainted(params.pm), [params.pm]);
  const paintStep = useMemo(() => readPainted(params.pp), [params.pp]);
  const spec = useMemo(
    () => specOf(params),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params.m, params.f, params.b, params.bh, params.pm],
  );
  const key = `${describeSpec(spec)} · H = ${params.h}`;
  const config = useMemo(() => inpaintConfig(spec, params.h), [spec, params.h]);
  return {
    params,
    setParams,
    rejected,
    clamped,
    spec,
    key,
    config,
    painted,
    paintStep,
    setPainted: (mask: Uint8Array) => setParams({ pm: encodeMask(mask) }),
    setPaintStep: (mask: Uint8Array) => setParams({ pp: encodeMask(mask) }),
  };
}

/** The view's type. */
export type InpaintView = ReturnType<typeof useInpaintView>;
