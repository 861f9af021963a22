/**
 * Errors the user can act on. Hosts show `message` as it is (one line, no stack trace);
 * anything that is not a DossierError is a bug and is reported as such.
 */
export type DossierErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'not-a-notebook'
  | 'notebook-locked'
  | 'damaged-file'
  | 'newer-version'
  | 'unknown-method'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  | 'too-long'
  | 'io';

export class DossierError extends Error {
  override readonly name = 'DossierError';
  constructor(
    readonly code: DossierErrorCode,
    message: string,
    readonly file?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function isDossierError(error: unknown): error is DossierError {
  return error instanceof DossierError;
}

/** A plain object that crosses IPC and HTTP unchanged. */
export interface SerializedError {
  code: DossierErrorCode | 'internal';
  message: string;
  file?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (isDossierError(error)) {
    return error.file === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, file: error.file };
  }
  return { code: 'internal', message: 'Internal error: ' + describe(error) };
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
