import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cli.ts';

/** The messages ESLint gives `code` as if it were a file at `path` of the repository. */
async function lint(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return result!.messages.map((message) => message.message);
}

describe('the order inside the core (eslint.config.js)', () => {
  it('refuses an import from a folder above, static or dynamic', async () => {
    const upward = await lint(
      'electron/core/store/probe.ts',
      "import type { NotebookService } from '../service/notebook-service.ts';\n" +
        'export type Service = NotebookService;\n' +
        "export const edits = () => import('../annotate/mentions.ts');\n",
    );
    expect(upward).toEqual([
      expect.stringContaining('electron/core/store may import these folders of the core only'),
      expect.stringContaining('electron/core/store may import these folders of the core only'),
    ]);
    // The cycle that was: search is below store.
    expect(
      await lint('electron/core/search/probe.ts', "export * from '../store/lock.ts';\n"),
    ).toEqual([expect.stringContaining('electron/core/search may import')]);
  });

  it('lets a folder import the folders below it', async () => {
    expect(
      await lint(
        'electron/core/annotate/probe.ts',
        "export { writeFileDurably } from '../disk/durable-file.ts';\n" +
          "export type { NotebookChange } from '../commands/notebook-change.ts';\n" +
          "export const dates = () => import('../dates/resolve-date.ts');\n",
      ),
    ).toEqual([]);
  });
});
