import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { recognizeEntities } from '../../electron/core/suggest/entity-recognizer.ts';
import { NotebookRecognizer } from '../../electron/core/suggest/notebook-recognizer.ts';
import { sentenceRanges, tokenizePtb } from '../../electron/core/suggest/ptb-tokenizer.ts';
import { loadRecognizerModel } from '../../electron/core/suggest/statistical-recognizer.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { span } from '../support/notebook-with-article.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PTB tokenizer', () => {
  it('splits clitics, hyphens and punctuation like the training data, at exact offsets', () => {
    const text =
      'Mr. Blinken’s aides don\'t like the U.S.-Japan "deal" (in D.C.). Antony J. Blinken left.';
    const tokens = tokenizePtb(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'Mr.',
      'Blinken',
      '’s',
      'aides',
      'do',
      "n't",
      'like',
      'the',
      'U.S.',
      '-',
      'Japan',
      '"',
      'deal',
      '"',
      '(',
      'in',
      'D.C.',
      ')',
      '.',
      'Antony',
      'J.',
      'Blinken',
      'left',
      '.',
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(sentenceRanges(tokens)).toEqual([
      [0, 19],
      [19, 24],
    ]);
  });
});

describe('the recognizer model', () => {
  it('reads names the rules alone miss', async () => {
    const model = await loadRecognizerModel();
    expect('problem' in model).toBe(false);
    const text = 'I talked to Brandolini about it yesterday.';
    expect(recognizeEntities(text)).toEqual([]);
    const found = new NotebookRecognizer(model)
      .recognize('a', text)
      .map((m) => [text.slice(m.start, m.end), m.type]);
    expect(found).toEqual([['Brandolini', 'person']]);
  });

  it('falls back to the rules, with one clear message, when the model file is missing or damaged', async () => {
    const folder = await tempFolder();
    const damaged = join(folder, 'damaged.json.gz');
    await writeFile(damaged, gzipSync('{"format": "something else"'));
    const missing = join(folder, 'missing.json.gz');
    const text = 'Secretary Blinken met Foreign Minister Hayashi in Tokyo on Tuesday.';
    for (const [path, message] of [
      [missing, /model is missing .*missing\.json\.gz.*rules only/],
      [damaged, /model could not be read: .*damaged\.json\.gz is damaged.*rules only/],
    ] as const) {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const service = await NotebookService.open(
        join(folder, `nb-${path.length}-${Math.random()}`),
      );
      service.recognizerModelPath = path;
      const api = localApi(service);
      const { id } = await api.addText({ title: 'Trip', text, published: '2022-05-23' });
      const suggestions = await api.listSuggestions({ articleId: id });
      expect(suggestions.map((s) => [s.text, s.type])).toEqual(
        recognizeEntities(text).map((m) => [text.slice(m.start, m.end), m.type]),
      );
      expect(await service.recognizerProblem()).toMatch(message);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(message);
      await service.close();
      warn.mockRestore();
    }
  });
  it("an empty notebook's review queue is empty without loading the recognizer", async () => {
    const folder = await tempFolder();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const service = await NotebookService.open(join(folder, 'nb'));
    service.recognizerModelPath = join(folder, 'missing.json.gz');
    expect(await localApi(service).listSuggestionGroups({})).toEqual([]);
    // A load would have said once that the model is missing.
    expect(warn).not.toHaveBeenCalled();
    await service.close();
    warn.mockRestore();
  });
});

describe('learning from decisions', () => {
  it('a name rejected in one article is no longer suggested in another, until the rejection is undone', async () => {
    const folder = join(await tempFolder(), 'nb');
    const service = await NotebookService.open(folder);
    const api = localApi(service);
    const first = 'Analysts said the Pellinor Index fell again on Monday.';
    const second = 'Traders said the Pellinor Index rose on Friday.';
    const a = await api.addText({ title: 'One', text: first, published: '2022-05-23' });
    const b = await api.addText({ title: 'Two', text: second, published: '2022-05-24' });
    const before = (await api.listSuggestions({ articleId: b.id })).map((s) => s.text);
    expect(before).toContain('Pellinor Index');

    const index = span(first, 'Pellinor Index');
    const offered = await api.listSuggestions({ articleId: a.id });
    expect(offered.map((s) => s.text)).toContain('Pellinor Index');
    await api.rejectSuggestion({ articleId: a.id, start: index.start, end: index.end });
    const after = (await api.listSuggestions({ articleId: b.id })).map((s) => s.text);
    expect(after).not.toContain('Pellinor Index');

    await api.undo({});
    expect((await api.listSuggestions({ articleId: b.id })).map((s) => s.text)).toEqual(before);
    await service.close();
  });

  it('a rejected name is offered under no type in its article, and in none once two articles rejected it, until it is marked somewhere or the rejection is undone', async () => {
    const recognizer = new NotebookRecognizer(await loadRecognizerModel());
    const first =
      'Kestrel Minerals said it had halted work at its Salar Verde lithium project after workers blocked the road.';
    const second = 'Kestrel Minerals said output at Salar Verde was back to normal.';
    const fourth = 'Protesters blocked the road to Salar Verde on Monday.';
    const read = (id: string, text: string) =>
      recognizer.recognize(id, text).map((m) => [text.slice(m.start, m.end), m.type]);
    const names = (id: string, text: string) => read(id, text).map(([name]) => name);
    // Read as a person by the model of c4c26e6, as a place by today's: a type either way.
    expect(names('a', first)).toContain('Salar Verde');
    expect(read('b', second)).toContainEqual(['Salar Verde', 'location']);
    expect(
      recognizer.learn('a', first, { marked: [], rejected: [span(first, 'Salar Verde')] }),
    ).toBe(true);
    expect(names('a', first)).not.toContain('Salar Verde');
    // One rejection is the article's: "reject here" is not "reject everywhere".
    expect(read('b', second)).toContainEqual(['Salar Verde', 'location']);
    // Rejected in a second article: junk to this analyst, in every article.
    expect(
      recognizer.learn('b', second, { marked: [], rejected: [span(second, 'Salar Verde')] }),
    ).toBe(true);
    expect(names('d', fourth)).not.toContain('Salar Verde');
    // Marked in a third article: the analyst does want it, so it is offered again.
    const third = 'Work at SALAR VERDE resumed.';
    const mark = { ...span(third, 'SALAR VERDE'), type: 'location' as const };
    expect(recognizer.learn('c', third, { marked: [mark], rejected: [] })).toBe(true);
    expect(names('d', fourth)).toContain('Salar Verde');
    expect(recognizer.learn('c', third, { marked: [], rejected: [] })).toBe(true);
    expect(names('d', fourth)).not.toContain('Salar Verde');
    // The rejections undone: offered again.
    expect(recognizer.learn('a', first, { marked: [], rejected: [] })).toBe(true);
    expect(recognizer.learn('b', second, { marked: [], rejected: [] })).toBe(true);
    expect(names('d', fourth)).toContain('Salar Verde');
  });

  it('a company marked in one article is read as one in the next, without the registry', async () => {
    const recognizer = new NotebookRecognizer(await loadRecognizerModel());
    const first = 'Revenue at Kelmora grew, the company said in a filing on Monday.';
    const second = 'Analysts at Kelmora expect more.';
    const read = () =>
      recognizer.recognize('b', second).map((m) => [second.slice(m.start, m.end), m.type]);
    expect(read()).toEqual([['Kelmora', 'location']]);
    const mark = span(first, 'Kelmora');
    const decision = { marked: [{ ...mark, type: 'organization' as const }], rejected: [] };
    expect(recognizer.learn('a', first, decision)).toBe(true);
    expect(read()).toEqual([['Kelmora', 'organization']]);
    // Undone: the article's decisions are gone, and so is what they taught.
    expect(recognizer.learn('a', first, { marked: [], rejected: [] })).toBe(true);
    expect(read()).toEqual([['Kelmora', 'location']]);
  });

  it('a decision learned before the recognizer rests (its kept sentence features dropped) is taken back exactly after it', async () => {
    const recognizer = new NotebookRecognizer(await loadRecognizerModel());
    const first = 'Revenue at Kelmora grew, the company said in a filing on Monday.';
    const second = 'Analysts at Kelmora expect more.';
    const read = (id: string) =>
      recognizer.recognize(id, second).map((m) => [second.slice(m.start, m.end), m.type]);
    const decision = {
      marked: [{ ...span(first, 'Kelmora'), type: 'organization' as const }],
      rejected: [],
    };
    expect(recognizer.learn('a', first, decision)).toBe(true);
    recognizer.rest();
    expect(read('b')).toEqual([['Kelmora', 'organization']]);
    // The same decisions again: nothing to learn, though the features were made anew.
    expect(recognizer.learn('a', first, decision)).toBe(false);
    recognizer.rest();
    expect(recognizer.learn('a', first, { marked: [], rejected: [] })).toBe(true);
    expect(read('c')).toEqual([['Kelmora', 'location']]);
  });

  // The issue asks that the tenth company an analyst marks be found without help. The model
  // shipped in the sixteenth session needed eleven marks; since the neighbouring content words
  // move at the full step (function words and signs not at all), it needs six (docs/EVAL.md).
  it('after nine companies are marked in sentences of one kind, the tenth is found without help', async () => {
    const recognizer = new NotebookRecognizer(await loadRecognizerModel());
    const story = (name: string) =>
      `Traders bought ${name} after ${name} reported higher quarterly profit, analysts said.`;
    const unseen = story('Pellume');
    const read = (id: string) =>
      recognizer.recognize(id, unseen).map((m) => [unseen.slice(m.start, m.end), m.type]);
    expect(read('before')).toEqual([]);
    const marked = 'Kelmora Dravik Ostrel Wendaro Lusquin Brenmar Tollivar Quessen Harnock'.split(
      ' ',
    );
    marked.forEach((name, i) => {
      const text = story(name);
      const spans = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + name.length,
        type: 'organization' as const,
      }));
      recognizer.learn(`article-${i}`, text, { marked: spans, rejected: [] });
    });
    expect(read('after')).toContainEqual(['Pellume', 'organization']);
  });
});
