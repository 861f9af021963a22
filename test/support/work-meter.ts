/**
 * Counts the work a function does on strings and arrays, without a clock: the characters every
 * slice copies out and every regular expression reads, and the elements every array method
 * visits. A loop that rescans what it has already read shows up as a count that grows with the
 * square of the input, whatever the machine's speed. Plain index loops are not seen, so a test
 * reads them itself.
 */
export function countWork(run: () => void): number {
  let work = 0;
  const restore: (() => void)[] = [];
  const wrap = <T extends object>(
    proto: T,
    name: keyof T & string,
    cost: (self: unknown, args: unknown[], result: unknown, lastIndex: number) => number,
  ): void => {
    const original = proto[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        const lastIndex = this instanceof RegExp ? this.lastIndex : 0;
        const result = original.apply(this, args);
        work += cost(this, args, result, lastIndex);
        return result;
      },
    });
    restore.push(() =>
      Object.defineProperty(proto, name, { configurable: true, writable: true, value: original }),
    );
  };
  const produced = (_self: unknown, _args: unknown[], result: unknown): number =>
    typeof result === 'string' ? result.length : 0;
  for (const name of ['slice', 'substring', 'substr'] as const)
    wrap(String.prototype, name, produced);
  for (const name of [
    'filter',
    'some',
    'every',
    'find',
    'findIndex',
    'reduce',
    'forEach',
    'map',
    'flatMap',
    'includes',
    'indexOf',
  ] as const)
    wrap(Array.prototype, name, (self) => (self as unknown[]).length);
  // What exec reads: for a global or sticky expression, from lastIndex to the end of the match
  // (a global one that fails reads to the end of the input); otherwise the whole input. test,
  // match, replace and split go through exec.
  wrap(RegExp.prototype, 'exec', (self, args, result, lastIndex) => {
    const regex = self as RegExp;
    const input = String(args[0]);
    const match = result as RegExpExecArray | null;
    if (!regex.global && !regex.sticky) return input.length;
    if (match !== null) return Math.max(1, match.index + match[0].length - lastIndex);
    return regex.sticky ? 1 : input.length - lastIndex;
  });
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return work;
}
