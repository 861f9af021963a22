// Writes gold files (docs/EVAL.md) from texts annotated inline, so that a gold text can be
// written and read in one place: `[Tim Cook]{P}`, `[Cook]{P:Tim Cook}` (a mention of the entity
// named after the colon), `{O}` organization, `{L}` location. The first line of a source is
// `published: YYYY-MM-DD`, then an empty line, then the text; paragraphs are separated by an
// empty line. Sources: data/business-gold/*.txt and data/news-gold/*.txt (written for Dossier, CC0).
// Usage: npx tsx scripts/ner/gold-from-markup.ts [--out DIR] [--prefix P] FILE.txt... (default
// DIR: test/fixtures/gold/; each FILE.txt gives <P>FILE.json, P by default biz-)
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from './corpus.ts';

const TYPES = { P: 'person', O: 'organization', L: 'location' } as const;
const MARK = /\[([^\]]+)\]\{([POL])(?::([^}]+))?\}/gu;

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? join(root, 'test/fixtures/gold') : args.splice(outAt, 2)[1]!;
const prefixAt = args.indexOf('--prefix');
const prefix = prefixAt === -1 ? 'biz-' : args.splice(prefixAt, 2)[1]!;
for (const file of args) {
  const source = readFileSync(file, 'utf8');
  const header = /^published: (\d{4}-\d{2}-\d{2})\n\n/u.exec(source);
  if (header === null) throw new Error(`${file}: the first line must be "published: YYYY-MM-DD"`);
  const marked = source.slice(header[0].length).trim();
  const entities = new Map<string, { name: string; type: string; mentions: object[] }>();
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    const [whole, surface, letter, name = surface] = match as unknown as [
      string,
      string,
      keyof typeof TYPES,
      string?,
    ];
    text += marked.slice(last, match.index);
    const start = text.length;
    text += surface;
    last = match.index + whole.length;
    const type = TYPES[letter];
    const entity = entities.get(`${type}:${name}`) ?? { name, type, mentions: [] };
    entity.mentions.push({ start, end: text.length, text: surface });
    entities.set(`${type}:${name}`, entity);
  }
  text += marked.slice(last);
  if (/[[\]{}]/u.test(text)) throw new Error(`${file}: a bracket is left after the markup`);
  const id = prefix + basename(file, '.txt');
  const gold = {
    id,
    source:
      prefix === 'biz-'
        ? 'Written for Dossier (invented business news in the style of a wire story)'
        : 'Written for Dossier (invented news in the style of a wire or local story)',
    license: 'CC0-1.0',
    published: header[1],
    text,
    entities: [...entities.values()],
    events: [],
  };
  writeFileSync(join(out, `${id}.json`), JSON.stringify(gold, null, 2) + '\n');
  process.stderr.write(
    `${id}: ${[...entities.values()].flatMap((e) => e.mentions).length} mentions\n`,
  );
}
