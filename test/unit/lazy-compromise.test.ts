import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';

const SAMPLE = join(import.meta.dirname, '../fixtures/articles/wire-2021-03-16-blinken-austin.txt');

/** A `dossier` process in which loading compromise throws (test/support/forbid-compromise.mjs). */
const WITHOUT_COMPROMISE = {
  NODE_OPTIONS: `--import ${pathToFileURL(join(import.meta.dirname, '../support/forbid-compromise.mjs')).href}`,
};

// compromise costs about 0.9 s of CPU to evaluate: only a command that suggests may load it.
describe('dossier loads compromise only when it suggests', () => {
  it('prints its help without it', () => {
    const help = runCli(['--help'], WITHOUT_COMPROMISE);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('suggest');
  });

  it('adds an article and lists articles and entities without it, and loads it to suggest', async () => {
    const notebook = join(await tempFolder(), 'nb');
    const added = runCli(
      ['--notebook', notebook, 'add-text', '--title', 'T', '--file', SAMPLE],
      WITHOUT_COMPROMISE,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    for (const command of ['list', 'entities']) {
      const listed = runCli(['--notebook', notebook, command, '--json'], WITHOUT_COMPROMISE);
      expect(listed.stderr).toBe('');
      expect(listed.code).toBe(0);
    }

    // The same guard stops a command that suggests: the commands above were watched.
    const suggested = runCli(['--notebook', notebook, 'suggest', '--json'], WITHOUT_COMPROMISE);
    expect(suggested.code).not.toBe(0);
    expect(suggested.stderr).toContain('compromise was loaded');
    const allowed = runCli(['--notebook', notebook, 'suggest', '--json']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('Blinken');
  });
});
