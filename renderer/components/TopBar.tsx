import './TopBar.css';
import type { NotebookInfo } from '../../electron/common/api/contract.ts';
import type { Theme } from '../state/theme.ts';
import { Icon } from './Icon.tsx';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function TopBar({
  info,
  busy,
  theme,
  onUndo,
  onRedo,
  onToggleTheme,
}: {
  info: NotebookInfo | null;
  busy: boolean;
  theme: Theme;
  onUndo: () => void;
  onRedo: () => void;
  onToggleTheme: () => void;
}) {
  const undoLabel = info?.undoLabel ?? null;
  const redoLabel = info?.redoLabel ?? null;
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          D
        </span>
        <span className="brand-name">Dossier</span>
        <span className="brand-separator" aria-hidden="true">
          /
        </span>
        <span className="notebook-title" title={info?.folder}>
          {info?.title ?? 'Opening notebook…'}
        </span>
        {info?.readOnly && <span className="badge">Read-only</span>}
      </div>
      <div className="top-actions">
        <button
          type="button"
          className="tool-button"
          onClick={onUndo}
          disabled={undoLabel === null || busy}
          title={undoLabel === null ? 'Nothing to undo' : `Undo ${undoLabel} (${MOD}Z)`}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <Icon name="undo" />
          <span>Undo</span>
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={onRedo}
          disabled={redoLabel === null || busy}
          title={redoLabel === null ? 'Nothing to redo' : `Redo ${redoLabel} (${MOD}Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        >
          <Icon name="redo" />
          <span>Redo</span>
        </button>
        <span className="toolbar-divider" aria-hidden="true" />
        <button
          type="button"
          className="tool-button icon-only"
          onClick={onToggleTheme}
          aria-label={`Switch to ${next} theme`}
          title={`Switch to ${next} theme`}
        >
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
        </button>
      </div>
    </header>
  );
}
