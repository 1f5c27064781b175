/** Small shared hooks: reduced motion and theme changes. */
import { useEffect, useState, type RefObject } from 'react';

const REDUCED_QUERY = '(prefers-reduced-motion: reduce)';

/** True when the user asked for reduced motion; then components skip animated transitions. */
export function useReducedMotion(): boolean {
  const [isReduced, setIsReduced] = useState(() =>
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(REDUCED_QUERY).matches
      : false,
  );
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(REDUCED_QUERY);
    const onChange = () => setIsReduced(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return isReduced;
}

/** A counter that increases whenever the `data-theme` attribute on <html> changes (canvases redraw on it). */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (typeof MutationObserver === 'undefined') return;
    const obs = new MutationObserver(() => setVersion((v) => v + 1));
    obs.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class'],
    });
    return () => obs.disconnect();
  }, []);
  return version;
}

/** True while the element is at least partly visible (always true where IntersectionObserver is missing). */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [isOn, setIsOn] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const obs = new IntersectionObserver((entries) =>
      setIsOn(entries.some((e) => e.isIntersecting)),
    );
    obs.observe(el);
    return () => obs.disconnect();
  }, [ref]);
  return isOn;
}
