import { DossierError } from '../../common/errors.ts';
import {
  EVERYTHING,
  unionTouched,
  type HistoryState,
  type Touched,
} from '../../common/api/change.ts';

/**
 * A change to a notebook that knows how to take itself back. `apply` and `revert` resolve only
 * once the change is on disk.
 */
export interface Command {
  /** What the user sees in "Undo …" and "Redo …". */
  readonly label: string;
  apply(): Promise<void>;
  revert(): Promise<void>;
  /**
   * Steps of one user action (the files of one import) share a group: they are undone and
   * redone together, under the label of the latest step.
   */
  readonly group?: string;
  /** What applying or reverting it writes; EVERYTHING when not given. */
  readonly touched?: Touched;
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

  /**
   * Apply a command and record it. A command built from the notebook's state is passed as a
   * function: it is built in turn, after the mutations queued before it, so it never works on
   * a state that a concurrent call is about to change.
   */
  execute(next: Command | (() => Command | Promise<Command>)): Promise<Command> {
    return this.serialize(async () => {
      const command = typeof next === 'function' ? await next() : next;
      await command.apply();
      const previous = this.done.at(-1);
      if (command.group !== undefined && previous?.group === command.group) {
        this.done[this.done.length - 1] = combine(previous, command);
      } else {
        this.done.push(command);
        if (this.done.length > MAX_UNDO) this.done.shift();
      }
      this.undone.length = 0;
      return command;
    });
  }

  /** Reverts the latest command and returns it. */
  undo(): Promise<Command> {
    return this.serialize(async () => {
      const command = this.done.at(-1);
      if (command === undefined)
        throw new DossierError('nothing-to-undo', 'There is nothing to undo.');
      await command.revert();
      this.done.pop();
      this.undone.push(command);
      return command;
    });
  }

  /** Applies the latest undone command again and returns it. */
  redo(): Promise<Command> {
    return this.serialize(async () => {
      const command = this.undone.at(-1);
      if (command === undefined)
        throw new DossierError('nothing-to-redo', 'There is nothing to redo.');
      await command.apply();
      this.undone.pop();
      this.done.push(command);
      return command;
    });
  }

  state(): HistoryState {
    return {
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
  }
}

/** Steps as one command: applied in order, reverted in reverse order. */
class CombinedCommand implements Command {
  readonly touched: Touched;

  constructor(
    readonly label: string,
    readonly group: string | undefined,
    readonly steps: readonly Command[],
  ) {
    this.touched = steps.map((step) => step.touched ?? EVERYTHING).reduce(unionTouched);
  }

  async apply(): Promise<void> {
    for (const step of this.steps) await step.apply();
  }

  async revert(): Promise<void> {
    for (const step of [...this.steps].reverse()) await step.revert();
  }
}

function combine(first: Command, second: Command): Command {
  const steps = first instanceof CombinedCommand ? [...first.steps, second] : [first, second];
  return new CombinedCommand(second.label, second.group, steps);
}
