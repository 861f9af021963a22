import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import buildCli from '../support/build-cli.ts';
import { TEMPLATES_ENV } from './notebook-templates.ts';

/**
 * Before the e2e tests: the CLI bundle (build-cli.ts), and the folder where the notebooks that
 * specs start from are built at their first use (notebook-templates.ts). Returns the teardown
 * that removes them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildCli();
  const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-templates-'));
  process.env[TEMPLATES_ENV] = root;
  return () => rm(root, { recursive: true, force: true });
}
