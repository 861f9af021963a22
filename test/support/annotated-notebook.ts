import type { NotebookApi } from '../../electron/common/api/contract.ts';
import type { ArticleId } from '../../electron/common/model/ids.ts';
import { notebookWithArticle, span, type NotebookWithArticle } from './notebook-with-article.ts';

/**
 * A notebook for the annotation exchange formats (brat, W3C): an article whose text has an
 * emoji (two UTF-16 units, one code point) and a line break before its marks, three mentions,
 * an event with evidence, participants and a place, and a highlight with a comment.
 */
export const ANNOTATED_TEXT =
  'Summit 🌏 report\n\nUS Secretary of State Antony Blinken met Motegi in Tokyo on Tuesday.\n\n' +
  'Blinken said the alliance\n\nis strong. Motegi agreed.';

export async function annotatedNotebook(): Promise<NotebookWithArticle & { second: ArticleId }> {
  const nb = await notebookWithArticle(ANNOTATED_TEXT);
  const { api, id } = nb;
  const mark = (
    quote: string,
    target: Parameters<NotebookApi['markMention']>[0]['target'],
    from = 0,
  ) => api.markMention({ articleId: id, ...span(ANNOTATED_TEXT, quote, from), target });
  const { entityId: blinken } = await mark('Antony Blinken', { type: 'person' });
  const { entityId: motegi } = await mark('Motegi', { type: 'person' });
  const { entityId: tokyo } = await mark('Tokyo', { type: 'location' });
  await mark('Blinken', { entityId: blinken }, ANNOTATED_TEXT.indexOf('Blinken said'));
  await api.createEvent({
    title: 'Blinken meets Motegi in Tokyo',
    type: 'meeting',
    locationId: tokyo,
    participants: [
      { entityId: blinken, role: 'visitor' },
      { entityId: motegi, role: '' },
    ],
    evidence: [{ articleId: id, ...span(ANNOTATED_TEXT, 'Antony Blinken met Motegi in Tokyo') }],
  });
  // Evidence across a line break: brat writes it as two fragments.
  await api.createEvent({
    title: 'Blinken on the alliance',
    type: 'statement',
    participants: [{ entityId: blinken, role: 'speaker' }],
    evidence: [
      { articleId: id, ...span(ANNOTATED_TEXT, 'Blinken said the alliance\n\nis strong.') },
    ],
  });
  await api.addHighlight({
    articleId: id,
    ...span(ANNOTATED_TEXT, 'the alliance\n\nis strong'),
    comment: 'The line of the day.',
  });
  const { id: second } = await api.addText({
    title: 'Unmarked',
    text: 'A second article with nothing marked in it.',
  });
  return { ...nb, second };
}
