/** The Electron executable under the project folder `root`, or null when it is not installed. */
export function electronBinary(root: string): string | null;
