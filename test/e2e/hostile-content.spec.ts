import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, dossier, expect } from './fixtures.ts';

/** Articles written by someone who wants the analyst's machine: every trick at once. */
const HOSTILE: Record<string, string> = {
  'scripts.html': `<!doctype html><html><head><title>Scripted page</title>
    <meta http-equiv="refresh" content="0; url=http://evil.example/">
    <style>@import url(http://evil.example/a.css); body { background: url(http://evil.example/b.png) }</style>
    <script>alert('script tag')</script></head>
    <body onload="alert('onload')"><article><h1>Scripted page</h1>
    <p>An ordinary first paragraph about the ministry's statement, long enough to be the story.</p>
    <p><img src="http://evil.example/pixel.gif" onerror="alert('onerror')"> A second paragraph
    with a <a href="javascript:alert('link')">javascript link</a> and
    <a href="data:text/html,<script>alert(1)</script>">a data link</a>.</p>
    <svg><script>alert('svg')</script><circle r="4"/></svg>
    <iframe src="http://evil.example/frame"></iframe>
    <p style="background:url(http://evil.example/c.png)">A third paragraph, styled from afar.</p>
    <form action="http://evil.example/steal"><input name="q"></form>
    </article></body></html>`,
  'nested.html': `<!doctype html><title>Deeply nested</title><body>${'<div>'.repeat(3000)}<p>Text at the bottom of three thousand boxes, still an article about talks in Vienna.</p>${'</div>'.repeat(3000)}</body>`,
  'one-line.txt': `One enormous line ${'word '.repeat(120_000)}end.`,
  'markup.md': `# Markdown with markup\n\nA paragraph with <script>alert('md')</script> and <img src=x onerror="alert('md img')">.\n\n[A link](javascript:alert('md link')) and ![pixel](http://evil.example/p.png).\n`,
};

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  notebookDir: async ({}, use) => {
    const files = await mkdtemp(join(tmpdir(), 'dossier-hostile-files-'));
    for (const [name, content] of Object.entries(HOSTILE))
      await writeFile(join(files, name), content);
    const dir = await mkdtemp(join(tmpdir(), 'dossier-hostile-'));
    dossier(dir, 'import', files);
    dossier(dir, 'suggest', '--accept');
    await use(dir);
    await rm(dir, { recursive: true, force: true });
    await rm(files, { recursive: true, force: true });
  },
});

test('hostile articles are shown in the Reader and the briefing without running anything or reaching out', async ({
  app,
  server,
}) => {
  const dialogs: string[] = [];
  const requests: string[] = [];
  const origin = new URL(server.url).origin;
  app.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  app.on('request', (request) => {
    if (!request.url().startsWith(origin)) requests.push(request.url());
  });
  await app.reload();

  const table = app.getByRole('table', { name: 'Articles' });
  const links = table.locator('[role="row"][data-index] .row-link');
  await expect(links).toHaveCount(Object.keys(HOSTILE).length);
  const titles = await links.allTextContents();
  for (const title of titles) {
    await app
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Library/ })
      .click();
    await table.getByRole('row', { name: title }).dblclick();
    await expect(app.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Briefing/ })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: 'Briefing', exact: true })).toBeVisible();
  await expect(app.locator('.briefing-preview, [aria-label*="preview" i]').first()).toContainText(
    'Sources',
    {
      timeout: 20_000,
    },
  );

  // Still responsive: navigation answers at once.
  await app
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Entities/ })
    .click();
  await expect(app.getByRole('heading', { level: 1, name: 'Entities' })).toBeVisible();

  expect(dialogs, 'a script ran').toEqual([]);
  expect(requests, 'a request left the machine').toEqual([]);
  await expect(app.locator('iframe, script:not([src]), [onerror], [onload]')).toHaveCount(0);
});
