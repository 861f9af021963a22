// `npx tsx scripts/event-titles.ts [--all] <gold files or folders>`: the suggested events' titles
// and participants beside the gold's, to read as an analyst would (docs/EVAL.md, "Titles and
// participants"). Each gold event is printed with its matched suggestion ("-" when missed);
// suggestions matching no gold event follow with "+". With --all, right titles are printed too
// (by default only events whose title or participants differ from the gold's). Ends with the
// participants' precision and recall on matched events, as `dossier eval` prints them.
import { evaluateGoldFiles } from '../electron/core/eval/eval-notebook.ts';
import { matchEvents, prf } from '../electron/core/eval/score.ts';

/** The place, after the participants ("@ Tokyo"), when there is one. */
const at = (place: string | null | undefined): string => (place == null ? '' : ` @ ${place}`);
const all = process.argv.includes('--all');
const paths = process.argv.slice(2).filter((arg) => arg !== '--all');
const { counts } = await evaluateGoldFiles(paths, async (gold, scored) => {
  const matches = matchEvents({ gold, entities: scored.entities, events: scored.events });
  console.log(`## ${gold.id}`);
  gold.events.forEach((event, g) => {
    const s = scored.events[matches[g] ?? -1];
    const got =
      s === undefined ? '-' : `${s.title} [${(s.participants ?? []).join('; ')}]${at(s.location)}`;
    const want = `${event.title} [${event.participants.join('; ')}]${at(event.location)}`;
    if (all || got !== want) console.log(`  gold: ${want}\n  got:  ${got}`);
  });
  scored.events.forEach((s, i) => {
    if (!matches.includes(i))
      console.log(`  +     ${s.title} [${(s.participants ?? []).join('; ')}]${at(s.location)}`);
  });
});
for (const [what, c] of [
  ['participants', counts.participants],
  ['places', counts.places],
] as const) {
  const p = prf(c);
  console.log(
    `${what} of matched events: P ${p.precision} R ${p.recall} F1 ${p.f1} (${c.tp} right of ${c.suggested} suggested, ${c.gold} gold)`,
  );
}
