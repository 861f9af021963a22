import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import buildCli from '../support/build-cli.ts';
import { TEMPLATES_ENV, buildTemplates } from './notebook-templates.ts';

/**
 * Before the e2e tests: the CLI bundle (build-cli.ts), then the notebooks that specs start from
 * (notebook-templates.ts), which each test copies. Returns the teardown that removes them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildCli();
  const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-templates-'));
  process.env[TEMPLATES_ENV] = root;
  try {
    await buildTemplates(root);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return () => rm(root, { recursive: true, force: true });
}
