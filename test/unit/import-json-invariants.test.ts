import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import { tempFolder } from '../support/temp-folder.ts';

/**
 * `import-json` restores only a sound notebook (issue 22): an export whose references lead
 * nowhere, whose ids repeat, whose anchors do not quote their text, whose text does not match
 * its sha256 or whose original is named outside originals/ is refused, naming the first
 * offence, and the notebook it was imported into is left exactly as it was.
 */

const TEXT = 'Antony Blinken met Lloyd Austin in Tokyo on Monday. They spoke about the alliance.';

interface ExportJson {
  articles: {
    id: string;
    text: string;
    textSha256: string;
    mentions: { id: string; entityId: string; start: number; end: number; quote: string }[];
    highlights: { id: string; start: number; end: number; quote: string }[];
    original: { file: string } | null;
  }[];
  entities: { entities: { id: string }[] };
  events: {
    events: { id: string; evidence: { articleId: string; start: number; end: number }[] }[];
  };
}

let sound: string;

beforeAll(async () => {
  const service = await NotebookService.open(join(await tempFolder('dossier-json-'), 'nb'));
  const api = localApi(service);
  const { id: articleId } = await api.addText({ title: 'Talks in Tokyo', text: TEXT });
  const quote = (words: string) => {
    const start = TEXT.indexOf(words);
    return { articleId, start, end: start + words.length, quote: words };
  };
  await api.markMention({ ...quote('Antony Blinken'), target: { type: 'person' } });
  await api.markMention({ ...quote('Lloyd Austin'), target: { type: 'person' } });
  await api.addHighlight({ ...quote('They spoke about the alliance.'), comment: '' });
  await api.createEvent({
    title: 'Blinken meets Austin',
    type: 'meeting',
    evidence: [quote('Antony Blinken met Lloyd Austin in Tokyo on Monday.')],
  });
  sound = (await api.exportBriefing({ format: 'json' })).files[0]!.content;
  await service.close();
}, 60_000);

/** Import `data` into a fresh notebook: the refusal's message, and that nothing changed. */
async function importInto(data: ExportJson): Promise<string | null> {
  const folder = join(await tempFolder('dossier-json-'), 'copy');
  await (await NotebookService.open(folder)).close();
  const before = await snapshotFolder(folder);
  const service = await NotebookService.open(folder);
  let message: string | null = null;
  try {
    await service.importJson(JSON.stringify(data), 'x.json');
  } catch (error) {
    message = (error as Error).message;
  } finally {
    await service.close();
  }
  if (message !== null) expect(await snapshotFolder(folder)).toEqual(before);
  return message;
}

const CASES: [string, (data: ExportJson) => RegExp][] = [
  [
    'a mention pointing at a missing entity',
    (data) => {
      const article = data.articles[0]!;
      const mention = article.mentions[0]!;
      data.entities.entities = data.entities.entities.filter((e) => e.id !== mention.entityId);
      return new RegExp(
        `mention ${mention.id} in article ${article.id} points at entity ${mention.entityId}, which the file does not contain`,
      );
    },
  ],
  [
    'evidence pointing at a missing article',
    (data) => {
      const event = data.events.events[0]!;
      event.evidence[0]!.articleId = 'zzzzzzzzzzzz';
      return new RegExp(
        `evidence of event ${event.id} points at article zzzzzzzzzzzz, which the file does not contain`,
      );
    },
  ],
  [
    'a duplicate article id',
    (data) => {
      data.articles.push(structuredClone(data.articles[0]!));
      return new RegExp(`article ${data.articles[0]!.id} appears twice`);
    },
  ],
  [
    'a duplicate entity id',
    (data) => {
      const [first, second] = data.entities.entities;
      second!.id = first!.id;
      return new RegExp(`entity ${first!.id} appears twice`);
    },
  ],
  [
    'a duplicate annotation id in an article',
    (data) => {
      const article = data.articles[0]!;
      article.highlights[0]!.id = article.mentions[0]!.id;
      return new RegExp(
        `annotation ${article.mentions[0]!.id} in article ${article.id} appears twice`,
      );
    },
  ],
  [
    'offsets past the end of the text',
    (data) => {
      const mention = data.articles[0]!.mentions[0]!;
      mention.start = TEXT.length + 10;
      mention.end = TEXT.length + 24;
      return new RegExp(
        `mention ${mention.id} .* ends at ${TEXT.length + 24}, past the end of the text`,
      );
    },
  ],
  [
    'a stored quote that the text does not have there',
    (data) => {
      const highlight = data.articles[0]!.highlights[0]!;
      highlight.quote = 'They spoke about the weather.';
      return new RegExp(
        `highlight ${highlight.id} in article \\S+ quotes "They spoke about the weather.", but the text of article \\S+ has "They spoke about the alliance." there`,
      );
    },
  ],
  [
    'a wrong text hash',
    (data) => {
      const article = data.articles[0]!;
      article.textSha256 = '0'.repeat(64);
      return new RegExp(
        `the text of article ${article.id} does not match its recorded sha256 \\(textSha256\\)`,
      );
    },
  ],
  [
    'an original named outside originals/',
    (data) => {
      const article = data.articles[0]!;
      article.original = {
        file: '../../../../etc/passwd',
        name: 'passwd',
        mediaType: 'text/plain',
        sha256: 'a'.repeat(64),
        bytes: 10,
      } as ExportJson['articles'][number]['original'];
      return new RegExp(
        `article ${article.id} names its original "\\.\\./\\.\\./\\.\\./\\.\\./etc/passwd", which is not a plain file name in originals/`,
      );
    },
  ],
];

describe('import-json refuses an export that breaks the notebook’s invariants', () => {
  it('imports the sound export', async () => {
    expect(await importInto(JSON.parse(sound))).toBe(null);
  });

  for (const [name, breakIt] of CASES) {
    it(`${name}: refused, naming it, nothing changed`, async () => {
      const data = JSON.parse(sound) as ExportJson;
      const offence = breakIt(data);
      const message = await importInto(data);
      expect(message).toMatch(/^x\.json is not a sound notebook: /);
      expect(message).toMatch(offence);
      expect(message).toMatch(/\. Nothing was imported\.$/);
    });
  }
});
