export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** Offer "Undo" next to the message (after a deletion, say). */
  undoable?: boolean;
}

/** Tell the user what happened; `undoable` offers Undo beside the message. */
export type Notify = (text: string, kind?: 'info' | 'error', undoable?: boolean) => void;

export type ToastAction =
  { type: 'toast'; toast: Omit<Toast, 'id'> } | { type: 'dismiss'; id: number };

let nextToastId = 1;
const MAX_TOASTS = 4;

export function toastReducer(toasts: Toast[], action: ToastAction): Toast[] {
  switch (action.type) {
    case 'toast':
      return [...toasts, { ...action.toast, id: nextToastId++ }].slice(-MAX_TOASTS);
    case 'dismiss':
      return toasts.filter((toast) => toast.id !== action.id);
  }
}
