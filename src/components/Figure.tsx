/** A figure frame: title, body and caption, with an optional wide layout. */
import type { ReactNode } from 'react';
import './components.css';

/** Props of {@link Figure}. */
export interface FigureProps {
  /** Short title shown above the figure. */
  title?: ReactNode;
  /** Caption shown below the figure. */
  caption?: ReactNode;
  /** Use the wide layout (breaks out of the text column on large screens). */
  wide?: boolean;
  /** Optional id (anchor links). */
  id?: string;
  /** Extra class name. */
  className?: string;
  /** The figure's content. */
  children: ReactNode;
}

/** A semantic <figure> with a heading-like title and a <figcaption>. */
export function Figure({ title, caption, wide = false, id, className, children }: FigureProps) {
  const cls = ['cr-figure', wide ? 'cr-figure--wide' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <figure className={cls} id={id}>
      {title != null && <div className="cr-figure__title">{title}</div>}
      <div className="cr-figure__body">{children}</div>
      {caption != null && <figcaption className="cr-figure__caption">{caption}</figcaption>}
    </figure>
  );
}
