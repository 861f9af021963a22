export function bundleExternals(packageJsonPath: string): string[];
