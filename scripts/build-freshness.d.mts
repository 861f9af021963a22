/** True when `output` is missing or a file or folder of `sources` (under `root`) is newer. */
export function isStale(root: string, output: string, sources: string[]): boolean;
