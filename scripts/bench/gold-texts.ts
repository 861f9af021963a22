import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords } from '../../electron/common/model/article.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const goldFolder = join(root, 'test/fixtures/gold');

/** The gold files of test/fixtures/gold (texts with their names marked), in name order. */
export const golds = readdirSync(goldFolder)
  .sort()
  .map(
    (name) =>
      JSON.parse(readFileSync(join(goldFolder, name), 'utf8')) as {
        text: string;
        entities: {
          type: 'person' | 'organization' | 'location';
          mentions: { start: number; end: number }[];
        }[];
      },
  );

/** A 3,000-word article: the gold texts one after another, from the `from`th (a new text each). */
export function longArticle(from = 0): string {
  let article = '';
  for (let i = from; countWords(article) < 3000; i += 1)
    article += golds[i % golds.length]!.text + '\n\n';
  return article;
}
