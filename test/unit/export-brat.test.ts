import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotatedNotebook, ANNOTATED_TEXT } from '../support/annotated-notebook.ts';
import type { NotebookWithArticle } from '../support/notebook-with-article.ts';
import { runCliInProcess } from '../support/cli.ts';
import { tempFolder } from '../support/temp-folder.ts';

/**
 * brat standoff (issue 19): offsets in code points, as brat (Python) counts them, read back
 * against the .txt file; spans across a line break as fragments; events with their roles.
 */

let nb: NotebookWithArticle & { second: string };

beforeEach(async () => {
  nb = await annotatedNotebook();
});

afterEach(async () => {
  await nb?.service.close();
});

interface TextBound {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

function textBounds(ann: string): TextBound[] {
  return [...ann.matchAll(/^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/gm)].map(
    ([, id, type, spans, text]) => ({
      id: id!,
      type: type!,
      fragments: spans!.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]),
      text: text!,
    }),
  );
}

/** `dossier export --format brat` of the annotated notebook into `out`. */
const exportBrat = (out: string) =>
  runCliInProcess(['--notebook', nb.folder, 'export', '--format', 'brat', '--out', out]);

describe('brat export', () => {
  it('writes <id>.txt, <id>.ann and annotation.conf whose offsets select the marked words', async () => {
    const out = await tempFolder();
    const { service } = nb;
    await service.close();
    const result = await exportBrat(out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(
      [
        `${nb.id}.ann`,
        `${nb.id}.txt`,
        `${nb.second}.ann`,
        `${nb.second}.txt`,
        'annotation.conf',
      ].sort(),
    );
    const txt = await readFile(join(out, `${nb.id}.txt`), 'utf8');
    expect(txt).toBe(ANNOTATED_TEXT);
    const ann = await readFile(join(out, `${nb.id}.ann`), 'utf8');
    const points = Array.from(txt);
    const bounds = textBounds(ann);
    for (const bound of bounds) {
      // brat's own check: each fragment's code points are the text it claims, joined by spaces.
      expect(bound.fragments.map(([s, e]) => points.slice(s, e).join('')).join(' ')).toBe(
        bound.text,
      );
    }
    const mentions = bounds.filter((b) => b.type === 'person' || b.type === 'location');
    expect(mentions.map((b) => b.text)).toEqual(['Antony Blinken', 'Motegi', 'Tokyo', 'Blinken']);
    // The emoji before them is one code point in brat and two units in Dossier.
    const blinken = mentions[0]!.fragments[0]!;
    expect(blinken[0]).toBe(ANNOTATED_TEXT.indexOf('Antony Blinken') - 1);
    const statement = bounds.find((b) => b.type === 'statement')!;
    expect(statement.fragments).toHaveLength(2);
    expect(statement.text).toBe('Blinken said the alliance is strong.');

    const byText = (text: string) => mentions.find((b) => b.text === text)!.id;
    const meeting = bounds.find((b) => b.type === 'meeting')!;
    expect(ann).toMatch(
      new RegExp(
        `^E\\d+\\tmeeting:${meeting.id} Visitor:${byText('Antony Blinken')} Participant:${byText('Motegi')} Place:${byText('Tokyo')}$`,
        'm',
      ),
    );
    // The speaker is the mention nearest the evidence: the second "Blinken".
    expect(ann).toMatch(
      new RegExp(`^E\\d+\\tstatement:${statement.id} Speaker:${byText('Blinken')}$`, 'm'),
    );
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes T1\tentity:\S+ Antony Blinken$/m);

    const conf = await readFile(join(out, 'annotation.conf'), 'utf8');
    expect(conf).toMatch(/^\[entities\]\nlocation\nperson\n/m);
    expect(conf).toContain('meeting\tParticipant*:<ENTITY>, Place*:<ENTITY>, Visitor*:<ENTITY>');
    expect(conf).toContain('statement\tSpeaker*:<ENTITY>');
    expect(await readFile(join(out, `${nb.second}.ann`), 'utf8')).toBe('');
  });

  it('writes a relation with evidence in the article as an R line between its entities', async () => {
    const out = await tempFolder();
    const entities = await nb.api.listEntities({});
    const idOf = (name: string) => entities.find((entity) => entity.name === name)!.id;
    const quote = 'Motegi agreed.';
    const start = ANNOTATED_TEXT.indexOf(quote);
    await nb.api.createRelation({
      type: 'met-with',
      from: idOf('Antony Blinken'),
      to: idOf('Motegi'),
      evidence: [{ articleId: nb.id, start, end: start + quote.length, quote }],
    });
    await nb.service.close();
    const result = await exportBrat(out);
    expect(result.code).toBe(0);
    const ann = await readFile(join(out, `${nb.id}.ann`), 'utf8');
    const bounds = textBounds(ann);
    // Each end is the entity's mention nearest the evidence: the second "Blinken", the last "Motegi".
    const last = (text: string) => bounds.filter((b) => b.text === text).at(-1)!.id;
    expect(ann).toMatch(
      new RegExp(`^R1\\tMet_with Arg1:${last('Blinken')} Arg2:${last('Motegi')}$`, 'm'),
    );
    const conf = await readFile(join(out, 'annotation.conf'), 'utf8');
    expect(conf).toContain('[relations]\nMet_with\tArg1:<ENTITY>, Arg2:<ENTITY>\n');
  });

  it('needs a folder that exists, and writes nothing otherwise', async () => {
    await nb.service.close();
    const missing = join(await tempFolder(), 'nowhere');
    const result = await exportBrat(missing);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`The folder ${missing} does not exist.`);
  });
});
