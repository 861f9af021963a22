import './StatusArea.css';
import { useEffect } from 'react';
import type { Toast } from '../state/toasts.ts';
import { Icon } from './Icon.tsx';

const INFO_LIFETIME_MS = 6000;

/** Messages about what just happened; read out by screen readers as they appear. */
export function StatusArea({
  toasts,
  onDismiss,
  onUndo,
}: {
  toasts: Toast[];
  onDismiss: (id: number) => void;
  onUndo: () => void;
}) {
  return (
    <div className="status-area" role="status" aria-live="polite" aria-label="Messages">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} onUndo={onUndo} />
      ))}
    </div>
  );
}

function ToastItem({
  toast,
  onDismiss,
  onUndo,
}: {
  toast: Toast;
  onDismiss: (id: number) => void;
  onUndo: () => void;
}) {
  useEffect(() => {
    // Errors stay until dismissed; other messages fade on their own.
    if (toast.kind === 'error') return;
    const timer = setTimeout(() => onDismiss(toast.id), INFO_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className={`toast toast-${toast.kind}`}>
      {toast.kind === 'error' && <Icon name="warning" />}
      <span className="toast-text">{toast.text}</span>
      {toast.undoable && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onDismiss(toast.id);
            onUndo();
          }}
        >
          Undo
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label="Dismiss message"
        onClick={() => onDismiss(toast.id)}
      >
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
