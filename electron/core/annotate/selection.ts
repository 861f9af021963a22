import { DossierError } from '../../common/errors.ts';
import { anchorIn, type Anchor } from '../../common/model/anchor.ts';
import type { Article } from '../../common/model/article.ts';

export interface Selection {
  start: number;
  end: number;
  /** The words the user selected, as the page saw them: they must still be at start..end. */
  quote: string;
}

/**
 * Check a selection against the article's text and anchor it. Refuses, never guesses: a quote
 * that is not at its offsets means the page and the notebook disagree.
 */
export function anchorSelection(
  article: Article,
  selection: Selection,
  options: { withinParagraph: boolean },
): Anchor {
  const { start, end, quote } = selection;
  if (end > article.text.length) {
    throw new DossierError(
      'invalid-input',
      `The selection ends at ${end}, past the end of the article (${article.text.length}).`,
    );
  }
  if (end <= start || quote.trim() === '') {
    throw new DossierError('invalid-input', 'The selection is empty or only white space.');
  }
  const found = article.text.slice(start, end);
  if (found !== quote) {
    throw new DossierError(
      'invalid-input',
      `The selection does not match the article's text at ${start}–${end} (expected “${clip(quote)}”, found “${clip(found)}”); nothing was changed.`,
    );
  }
  if (quote.trim() !== quote) {
    throw new DossierError(
      'invalid-input',
      'The selection starts or ends with white space; select the words only.',
    );
  }
  if (options.withinParagraph && quote.includes('\n')) {
    throw new DossierError(
      'invalid-input',
      'A mention cannot cross paragraphs; select words within one paragraph.',
    );
  }
  return anchorIn(article.text, start, end);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
