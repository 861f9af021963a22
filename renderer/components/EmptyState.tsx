import './EmptyState.css';
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.tsx';

/** What a view will show, and what to do next to get there. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: IconName;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty-state">
      <div className="empty-icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="empty-title">{title}</h2>
      <div className="empty-text">{children}</div>
      {action !== undefined && <div className="empty-action">{action}</div>}
    </div>
  );
}
