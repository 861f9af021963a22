import { DossierError } from '../errors.ts';

/**
 * A change to a notebook that knows how to take itself back. `apply` and `revert` resolve only
 * once the change is on disk.
 */
export interface Command {
  /** What the user sees in "Undo …" and "Redo …". */
  readonly label: string;
  apply(): Promise<void>;
  revert(): Promise<void>;
}

export interface HistoryState {
  undoLabel: string | null;
  redoLabel: string | null;
}

const MAX_UNDO = 500;

/**
 * Every mutation runs here, one at a time, so undo and redo cover everything and two calls
 * never interleave their writes.
 */
export class CommandHistory {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  /** Run `task` after every mutation already queued. */
  serialize<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  execute(command: Command): Promise<void> {
    return this.serialize(async () => {
      await command.apply();
      this.done.push(command);
      if (this.done.length > MAX_UNDO) this.done.shift();
      this.undone.length = 0;
    });
  }

  undo(): Promise<string> {
    return this.serialize(async () => {
      const command = this.done.at(-1);
      if (command === undefined)
        throw new DossierError('nothing-to-undo', 'There is nothing to undo.');
      await command.revert();
      this.done.pop();
      this.undone.push(command);
      return command.label;
    });
  }

  redo(): Promise<string> {
    return this.serialize(async () => {
      const command = this.undone.at(-1);
      if (command === undefined)
        throw new DossierError('nothing-to-redo', 'There is nothing to redo.');
      await command.apply();
      this.undone.pop();
      this.done.push(command);
      return command.label;
    });
  }

  state(): HistoryState {
    return {
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
  }
}
