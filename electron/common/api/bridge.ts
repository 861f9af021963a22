import type { SerializedError } from '../errors.ts';
import type { MenuCommandMessage, ViewId } from '../commands/menu-commands.ts';
import type { ApiMethod, ApiOutputs, ImportResult, NotebookEvent } from './contract.ts';

/*
 * What crosses between Electron's main process and the page: the channel names, the answer to
 * a call, and the bridge the preload exposes. Main, the preload and the page all read them here.
 * (The menu's channel is with the menu's commands, in commands/menu-commands.ts.)
 */

/** The page calls the API on this channel: (method, payload) → DispatchResult. */
export const CALL_CHANNEL = 'dossier:call';
/** The page asks main to show the native open dialog and import what the user picks. */
export const IMPORT_DIALOG_CHANNEL = 'dossier:import-dialog';
/** Main sends the core's events to the page on this channel. */
export const EVENT_CHANNEL = 'dossier:event';
/** The page hands exported files to main, which asks the user where to save them. */
export const SAVE_EXPORT_CHANNEL = 'dossier:save-export';
/** The page tells main which view it shows (one-way), to reopen it at the next start. */
export const REMEMBER_VIEW_CHANNEL = 'dossier:remember-view';
/** The page asks main for the view it showed last: ViewId | null. */
export const LAST_VIEW_CHANNEL = 'dossier:last-view';

/** What every host answers to a call, never an exception. */
export type DispatchResult =
  { ok: true; value: ApiOutputs[ApiMethod] } | { ok: false; error: SerializedError };

export type SaveExportResult = { saved: string[] } | { cancelled: true } | { error: string };

/** What Electron's preload exposes to the page as `window.dossierBridge`, and nothing else. */
export interface DossierBridge {
  call(method: string, input: unknown): Promise<DispatchResult>;
  onEvent(listener: (event: NotebookEvent) => void): () => void;
  /**
   * Show the native open dialog in main and import what the user chose there (progress comes as
   * import-progress events of `jobId`); null when the dialog was cancelled.
   */
  importWithDialog(kind: 'files' | 'folder', jobId: string): Promise<ImportResult[] | null>;
  /** Save exported files where the user chooses (native dialog); the page never names a path. */
  saveExport(files: unknown): Promise<SaveExportResult>;
  /** The application menu's commands; returns the unsubscribe function. */
  onMenuCommand(listener: (message: MenuCommandMessage) => void): () => void;
  /** Tell the app which view the page shows, so that the next start reopens it. */
  rememberView(view: ViewId): void;
  /** The view the page showed when the app last closed, or null. */
  lastView(): Promise<ViewId | null>;
}
