import './NavRail.css';
import { VIEWS, type ViewId } from '../state/app-state.ts';
import { Icon } from './Icon.tsx';

export function NavRail({
  view,
  articleCount,
  onNavigate,
}: {
  view: ViewId;
  articleCount: number | null;
  onNavigate: (view: ViewId) => void;
}) {
  return (
    <nav className="nav-rail" aria-label="Views">
      <ul>
        {VIEWS.map((item, index) => (
          <li key={item.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === item.id ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${index + 1}`}
              title={`${item.label} (Alt+${index + 1})`}
              onClick={() => onNavigate(item.id)}
            >
              <Icon name={item.id} />
              <span className="nav-label">{item.label}</span>
              {item.id === 'library' && articleCount !== null && articleCount > 0 && (
                <span className="nav-count" aria-label={`${articleCount} articles`}>
                  {articleCount}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
