// `npx tsx scripts/date-reading.ts <gold files>`: how well dates are read when the event's
// sentence is known. For each gold event with a date, the date that governs its evidence
// sentence (governingDate, main clause) is compared with the gold range; `dossier eval`
// measures the same end to end, where a missed event also counts as a wrong date.
import { readFileSync } from 'node:fs';
import { governingDate } from '../electron/core/dates/governing-date.ts';
import { findDates } from '../electron/core/dates/resolve-date.ts';
import { parseGoldFile } from '../electron/core/eval/gold-file.ts';

const files = process.argv.slice(2).filter((arg) => arg !== '--misses');
const showMisses = process.argv.includes('--misses');
let right = 0;
let dated = 0;
for (const file of files) {
  const gold = parseGoldFile(JSON.parse(readFileSync(file, 'utf8')), file);
  const dates = findDates(gold.text, gold.published);
  for (const event of gold.events) {
    if (event.date_start === null) continue;
    dated += 1;
    const range = governingDate(gold.text, dates, event.evidence, null)?.range ?? null;
    if (range?.start === event.date_start && range.end === event.date_end) right += 1;
    else if (showMisses) {
      const got = range === null ? 'nothing' : `${range.start}..${range.end} ("${range.text}")`;
      console.log(
        `${gold.id}: "${event.date_text}" is ${event.date_start}..${event.date_end}, read ${got}`,
      );
    }
  }
}
console.log(
  JSON.stringify({ files: files.length, dated, accuracy: dated === 0 ? 0 : right / dated }),
);
