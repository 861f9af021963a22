import { describe, expect, it } from 'vitest';
import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { DecidedTexts } from '../../electron/core/suggest/decided-texts.ts';
import { notebookWithArticle, span } from '../support/notebook-with-article.ts';

const TEXT = 'Output at Salar Verde rose, Kestrel said.';
const at = (quote: string) => ({
  start: TEXT.indexOf(quote),
  end: TEXT.indexOf(quote) + quote.length,
});
const rejecting = (quote: string) => ({ marked: [], rejected: [at(quote)] });
const none = { marked: [], rejected: [] };

describe('the texts an analyst rejected', () => {
  it('stay away in the article that rejected them, everywhere once two articles did, until marked or undone', () => {
    const decided = new DecidedTexts();
    expect(decided.sync('a', TEXT, rejecting('Salar Verde'))).toBe(true);
    expect(decided.suppressed('a', 'salar  VERDE')).toBe(true);
    // "Reject here" is not "reject everywhere".
    expect(decided.suppressed('b', 'Salar Verde')).toBe(false);
    decided.sync('b', TEXT, rejecting('Salar Verde'));
    expect(decided.suppressed('c', 'Salar Verde')).toBe(true);
    decided.sync('c', TEXT, { marked: [{ ...at('Salar Verde'), type: 'location' }], rejected: [] });
    expect(decided.suppressed('d', 'Salar Verde')).toBe(false);
    expect(decided.suppressed('a', 'Salar Verde')).toBe(false);
    decided.sync('c', TEXT, none);
    expect(decided.suppressed('d', 'Salar Verde')).toBe(true);
    // One rejection undone: the other article's stays its own.
    decided.sync('a', TEXT, none);
    expect(decided.suppressed('d', 'Salar Verde')).toBe(false);
    expect(decided.suppressed('b', 'Salar Verde')).toBe(true);
    expect(decided.suppressed('b', 'Kestrel')).toBe(false);
  });
});

describe('a rejection in an article that has no mentions', () => {
  it('is remembered after the notebook is closed and opened again', async () => {
    const text = (n: number) =>
      `Report ${n}: Output at Salar Verde rose in March, Kestrel Mining said on Tuesday.`;
    const { api, service, folder, id: first } = await notebookWithArticle(text(1));
    const { id: other } = await api.addText({ title: 'Other', text: text(2) });
    const suggested = async (notebook: NotebookApi, articleId: ArticleId) =>
      (await notebook.listSuggestions({ articleId })).map((s) => s.text);
    expect(await suggested(api, other)).toContain('Salar Verde');
    const at = span(text(1), 'Salar Verde');
    await api.rejectSuggestion({ articleId: first, start: at.start, end: at.end });
    // What the recognizer learned from the rejection keeps it from the other article too.
    expect(await suggested(api, other)).not.toContain('Salar Verde');
    await service.close();

    const reopened = await NotebookService.open(folder);
    const again = localApi(reopened);
    expect(await suggested(again, other)).not.toContain('Salar Verde');
    expect(await suggested(again, other)).toContain('Kestrel Mining');
    await reopened.close();
  });
});
