/** The one KaTeX wrapper: renders TeX to HTML, memoised on its source; bad TeX shows an inline error. */
import { messageOf } from '../engine/errors';
import { memo, useMemo } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './components.css';

/** Props of {@link Tex}. */
export interface TexProps {
  /** The TeX source, e.g. `\frac{\partial L}{\partial w_1}`. */
  tex: string;
  /** Display (block, centred) instead of inline. */
  display?: boolean;
  /** Extra class name on the wrapper. */
  className?: string;
}

/** Render TeX to an HTML string, or return the error message. Pure; exported for tests. */
export function renderTex(tex: string, display: boolean): { html: string } | { error: string } {
  try {
    return {
      html: katex.renderToString(tex, {
        displayMode: display,
        throwOnError: true,
        output: 'htmlAndMathml',
      }),
    };
  } catch (e) {
    return { error: messageOf(e) };
  }
}

function TexImpl({ tex, display = false, className }: TexProps) {
  const result = useMemo(() => renderTex(tex, display), [tex, display]);
  const Tag = display ? 'div' : 'span';
  if ('error' in result) {
    return (
      <Tag className={`cr-tex-error ${className ?? ''}`} role="note" title={result.error}>
        <code>{tex}</code>{' '}
        <span className="cr-tex-error__msg">(formula error: {result.error})</span>
      </Tag>
    );
  }
  // KaTeX output is generated markup with inline styles only, no scripts (CSP-safe).
  return (
    <Tag
      className={`cr-tex ${className ?? ''}`}
      dangerouslySetInnerHTML={{ __html: result.html }}
    />
  );
}

/** A TeX formula, inline by default; memoised on its props so re-renders cost nothing. */
export const Tex = memo(TexImpl);
