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
  const known = asUserError(error);
  if (known !== null) {
    return known.file === undefined
      ? { code: known.code, message: known.message }
      : { code: known.code, message: known.message, file: known.file };
  }
  return { code: 'internal', message: 'Internal error: ' + describe(error) };
}

/**
 * The error as the user should see it: a DossierError as it is, an error of the operating
 * system (disk full, permissions, a read-only disk, a folder where a file should be) as one
 * line naming the file and what to do; null for anything else (a bug).
 */
export function asUserError(error: unknown): DossierError | null {
  if (isDossierError(error)) return error;
  const message = osErrorMessage(error);
  if (message === null) return null;
  const path = (error as SystemError).path;
  return new DossierError('io', message, path, { cause: error });
}

/** What Node.js adds to an error of the operating system (the page compiles this module too). */
interface SystemError extends Error {
  code?: string;
  path?: string;
  syscall?: string;
}

/** What each operating-system error means, and what the user can do about it. */
const OS_ERRORS: Record<string, { why: string; todo: string }> = {
  ENOSPC: { why: 'the disk is full', todo: 'Free some space and try again.' },
  EDQUOT: { why: 'the disk quota is used up', todo: 'Free some space and try again.' },
  EACCES: {
    why: 'permission denied',
    todo: 'Check its permissions and those of its folder, and try again.',
  },
  EPERM: {
    why: 'the operation is not permitted',
    todo: 'Check its permissions and attributes (it may be locked or immutable), and try again.',
  },
  EROFS: {
    why: 'the disk is read-only',
    todo: 'Copy the notebook to a writable disk, or make this one writable, and try again.',
  },
  EISDIR: {
    why: 'it is a folder, not a file',
    todo: 'Move that folder out of the way (dossier restore brings back a backup), and try again.',
  },
  ENOTDIR: {
    why: 'part of its path is a file, not a folder',
    todo: 'Check the path, and try again.',
  },
  ENOENT: { why: 'it does not exist', todo: 'Check the path, and try again.' },
  EIO: {
    why: 'the disk reported an input/output error',
    todo: 'Check the disk, and copy the notebook somewhere safe.',
  },
  EMFILE: { why: 'too many files are open', todo: 'Close some programs and try again.' },
  ENFILE: { why: 'too many files are open', todo: 'Close some programs and try again.' },
  ENAMETOOLONG: { why: 'its name is too long', todo: 'Choose a shorter path.' },
  ELOOP: {
    why: 'it is a symbolic link, or a loop of them',
    todo: 'Replace the link by the file itself, and try again.',
  },
  EBUSY: { why: 'it is in use by another program', todo: 'Close that program and try again.' },
};

/** The verb for what the system call was doing to the file. */
const SYSCALL_VERBS: Record<string, string> = {
  open: 'open',
  read: 'read',
  scandir: 'list',
  stat: 'read',
  lstat: 'read',
  write: 'write',
  fsync: 'write',
  close: 'write',
  rename: 'write',
  copyfile: 'copy',
  link: 'write',
  mkdir: 'create',
  rmdir: 'remove',
  unlink: 'remove',
};

/**
 * An error reading `path`: the OS error's own line (see osErrorMessage), or `what: its
 * message`. `file` is the name shown in lists of damaged files.
 */
export function ioError(error: unknown, what: string, path: string, file?: string): DossierError {
  const message = osErrorMessage(errorAt(error, path)) ?? `${what}: ${describe(error)}`;
  return new DossierError('io', message, file, { cause: error });
}

/**
 * Name the file an OS error concerns where the error does not (a failed read or write on an
 * open file names none), and what was being done to it: `syscall` "write" for a durable
 * write, whose errors name the target, not its temporary file.
 */
export function errorAt(error: unknown, path: string, syscall?: string): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error;
  const errno = error as SystemError;
  if (syscall !== undefined) {
    errno.path = path;
    errno.syscall = syscall;
  } else errno.path ??= path;
  return error;
}

/** "Cannot write /x/notebook.json: the disk is full. Free some space and try again." */
export function osErrorMessage(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, path, syscall } = error as SystemError;
  const known = code === undefined ? undefined : OS_ERRORS[code];
  if (known === undefined) return null;
  const writing = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS';
  const verb = writing ? 'write' : (SYSCALL_VERBS[syscall ?? ''] ?? 'use');
  return `Cannot ${verb} ${path ?? 'a file'}: ${known.why}. ${known.todo}`;
}

/** An error in one line: an OS error's own sentence (see osErrorMessage), else its message. */
export function describe(error: unknown): string {
  return osErrorMessage(error) ?? (error instanceof Error ? error.message : String(error));
}
