// Wire-copy detection at import (issue 18) in the notebook FOLDER: the index of every article's
// MinHash signature is built once (as on a notebook's first import), then each of 200 new
// articles, half of them republished copies of articles in the notebook, is signed and looked
// up, as ArticleImporter does for every imported article. Every copy must be found.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../electron/common/model/article.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { CopyIndex, signatureOf } from '../../electron/core/sources/copy-index.ts';
import { stats } from './stats.ts';

async function main(): Promise<void> {
  const folder = process.argv[2]!;
  const names = (await readdir(join(folder, 'articles'))).filter((n) => n.endsWith('.json'));
  const articles = await Promise.all(
    names.map(
      async (name) => JSON.parse(await readFile(join(folder, 'articles', name), 'utf8')) as Article,
    ),
  );
  const index = new CopyIndex();
  const built = performance.now();
  for (const article of articles) index.add(article.id, signatureOf(article.text));
  const buildMs = performance.now() - built;
  // What a later import does instead: read the signatures from cache/copy-signatures.bin.
  const bytes = index.toBytes();
  const loaded = performance.now();
  new CopyIndex().addBytes(bytes);
  const loadMs = performance.now() - loaded;

  const times: number[] = [];
  for (let n = 0; n < 200; n++) {
    const base = articles[(n * 7919) % articles.length]!;
    const text =
      n % 2 === 0
        ? `Republished by another outlet.\n\n${base.text}`
        : base.text.split(/\s+/).reverse().join(' '); // the same words, not the same text
    const start = performance.now();
    const copy = index.copyOf(signatureOf(text), () => true);
    index.add(`bench${String(n).padStart(7, '0')}` as ArticleId, signatureOf(text));
    times.push(performance.now() - start);
    if (n % 2 === 0 && copy === null) throw new Error(`copy ${n} was not found`);
  }
  process.stdout.write(
    JSON.stringify({
      copy_detect_ms_per_article: stats(times),
      copy_index_build_ms: Math.round(buildMs),
      copy_index_load_ms: Math.round(loadMs),
    }) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
