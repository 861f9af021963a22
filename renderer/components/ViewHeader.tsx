import './ViewHeader.css';
import type { ReactNode, Ref } from 'react';

/** A view's title bar; its heading takes the focus when the user navigates to the view. */
export function ViewHeader({
  id,
  title,
  headingRef,
  subtitle,
  actions,
}: {
  /** The heading's id, for the view's aria-labelledby. */
  id: string;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="view-header">
      <div className="view-titles">
        <h1 id={id} className="view-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {subtitle !== undefined && <p className="view-subtitle">{subtitle}</p>}
      </div>
      {actions !== undefined && <div className="view-actions">{actions}</div>}
    </div>
  );
}
