// Writes gold files (docs/EVAL.md) for Wikinews documents of gum_open.dev, so that
// `dossier eval` can be checked on news text that is not from the State Department. The text is
// rebuilt from the tokens; entity mentions are GUM's, grouped by name and type.
// Usage: npx tsx scripts/ner/gold-from-gum.ts [--out DIR] DOC=YYYY-MM-DD... (default DIR:
// test/fixtures/gold/)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documents, readCorpus, rebuild, root } from './corpus.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt === -1 ? join(root, 'test/fixtures/gold') : args.splice(outAt, 2)[1]!;
const wanted = new Map(args.map((arg) => arg.split('=') as [string, string]));
for (const lines of documents(readCorpus('gum_open.dev.jsonl'))) {
  const doc = lines[0]!.doc;
  const published = wanted.get(doc);
  if (published === undefined) continue;
  const { text, spans } = rebuild(lines, true);
  const entities = new Map<string, { name: string; type: string; mentions: object[] }>();
  for (const span of spans) {
    const name = text.slice(span.start, span.end);
    const key = `${span.type}:${name}`;
    const entity = entities.get(key) ?? { name, type: span.type, mentions: [] };
    entity.mentions.push({ start: span.start, end: span.end, text: name });
    entities.set(key, entity);
  }
  const id = doc.toLowerCase().replace(/_/g, '-');
  const gold = {
    id,
    source: `Wikinews, via the GUM corpus (${doc}; https://gucorpling.org/gum/)`,
    license:
      'Text: Wikinews, CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/). Entity annotations: GUM (Zeldes 2017), CC BY 4.0, flattened to person/organization/location.',
    published,
    text,
    entities: [...entities.values()],
    events: [],
  };
  writeFileSync(join(out, `${id}.json`), JSON.stringify(gold, null, 2) + '\n');
  process.stderr.write(`${id}: ${spans.length} mentions\n`);
}
