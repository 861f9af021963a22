import { parseArgs } from 'node:util';
import { evaluateGoldFiles } from '../../electron/core/eval/eval-notebook.ts';

/**
 * Lists the false, missed and wrongly bounded entities of one type over gold files (issue 15's
 * person precision and organization recall): `npx tsx scripts/ner/entity-errors.ts [--type
 * organization] PATH...` (person by default). A line per span: its kind (false, missed,
 * boundary, type), the file and the text with its context.
 */
const { values, positionals: paths } = parseArgs({
  options: { type: { type: 'string', default: 'person' } },
  allowPositionals: true,
});
const type = values.type;
if (!['person', 'organization', 'location'].includes(type)) {
  process.stderr.write(`--type must be person, organization or location, not "${type}"\n`);
  process.exit(2);
}
const lines: string[] = [];
await evaluateGoldFiles(paths, async (gold, scored) => {
  const goldSpans = gold.entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })),
  );
  const context = (start: number, end: number) =>
    `${gold.text.slice(Math.max(0, start - 40), start)}[${gold.text.slice(start, end)}]${gold.text.slice(end, end + 30)}`.replace(
      /\s+/g,
      ' ',
    );
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  for (const s of scored.entities) {
    if (s.type !== type) continue;
    if (goldSpans.some((g) => g.start === s.start && g.end === s.end && g.type === type)) continue;
    const over = goldSpans.find((g) => overlaps(g, s));
    const kind =
      over === undefined ? 'false' : over.type === type ? 'boundary' : `type:${over.type}`;
    lines.push(`${kind}\t${gold.id}\t${context(s.start, s.end)}`);
  }
  for (const g of goldSpans) {
    if (g.type !== type) continue;
    if (scored.entities.some((s) => s.start === g.start && s.end === g.end && s.type === type))
      continue;
    if (scored.entities.some((s) => s.type === type && overlaps(g, s))) continue;
    const other = scored.entities.find((s) => overlaps(g, s));
    lines.push(
      `${other === undefined ? 'missed' : `as:${other.type}`}\t${gold.id}\t${context(g.start, g.end)}`,
    );
  }
});
process.stdout.write(lines.join('\n') + '\n');
