import type { ArticleDecisions } from './decision-learning.ts';

/** How a name's text is compared across articles: case and runs of spaces do not count. */
function textKey(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The texts the analyst rejected and marked across the notebook, from each article's decisions.
 * A text rejected and marked (or accepted) nowhere is junk to this analyst under any type: in the
 * article that rejected it ("Salar Verde" rejected as a person is not offered again as a place),
 * and, once two articles have rejected it, in every article, until it is marked somewhere or the
 * rejection is undone. One rejection stays in its article: "reject here" is not "reject
 * everywhere", which the analyst has as a command of its own. The online weights alone do not
 * carry this: they move one reading of the words, and the same words come back under another
 * type or in another sentence.
 */
export class DecidedTexts {
  /** per article, the texts it rejected and marked */
  private readonly byArticle = new Map<string, { rejected: string[]; marked: string[] }>();
  /** per text, in how many articles it is rejected, and marked */
  private readonly rejected = new Map<string, number>();
  private readonly marked = new Map<string, number>();
  /** Bumped whenever what is suppressed may have changed. */
  version = 0;

  /** Brings one article's texts in line with its decisions. Returns whether they changed. */
  sync(articleId: string, text: string, decisions: ArticleDecisions): boolean {
    const textsOf = (spans: readonly { start: number; end: number }[]) =>
      [...new Set(spans.map((s) => textKey(text.slice(s.start, s.end))))].filter(Boolean).sort();
    const now = { rejected: textsOf(decisions.rejected), marked: textsOf(decisions.marked) };
    const before = this.byArticle.get(articleId) ?? { rejected: [], marked: [] };
    if (
      now.rejected.join('\n') === before.rejected.join('\n') &&
      now.marked.join('\n') === before.marked.join('\n')
    )
      return false;
    count(this.rejected, before.rejected, -1);
    count(this.marked, before.marked, -1);
    count(this.rejected, now.rejected, 1);
    count(this.marked, now.marked, 1);
    if (now.rejected.length === 0 && now.marked.length === 0) this.byArticle.delete(articleId);
    else this.byArticle.set(articleId, now);
    this.version += 1;
    return true;
  }

  /** Whether a name recognized in an article is one the analyst only ever rejected (see above). */
  suppressed(articleId: string, name: string): boolean {
    if (this.rejected.size === 0) return false;
    const key = textKey(name);
    const rejections = this.rejected.get(key) ?? 0;
    if (rejections === 0 || this.marked.has(key)) return false;
    return rejections >= 2 || (this.byArticle.get(articleId)?.rejected.includes(key) ?? false);
  }
}

function count(counts: Map<string, number>, texts: readonly string[], sign: 1 | -1): void {
  for (const text of texts) {
    const n = (counts.get(text) ?? 0) + sign;
    if (n === 0) counts.delete(text);
    else counts.set(text, n);
  }
}
