const MAX_TITLE = 120;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A title for an article that has none: its first sentence, cut at a word near 120 chars. */
export function titleFromText(text: string): string {
  const firstParagraph = text.trim().split(/\n/)[0] ?? '';
  const first = sentences.segment(firstParagraph)[Symbol.iterator]().next().value;
  const sentence = (first?.segment ?? firstParagraph).trim().replace(/\s+/g, ' ');
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE + 1);
  const space = cut.lastIndexOf(' ');
  return (
    (space > MAX_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, MAX_TITLE)).replace(
      /[\s,;:–—-]+$/,
      '',
    ) + '…'
  );
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/**
 * Drops the site name a page appends to its <title> ("Algeria National Day - United States
 * Department of State"): the last " - " part, when it shares most words with the site's name.
 */
export function stripSiteSuffix(title: string, siteName: string): string {
  const match = /^(.*\S)\s+[-–—|·]\s+([^-–—|·]+)$/.exec(title);
  if (match?.[1] === undefined || match[2] === undefined || siteName === '') return title;
  const site = words(siteName);
  const suffix = [...words(match[2])];
  const shared = suffix.filter((word) => site.has(word)).length;
  return shared * 2 >= Math.max(site.size, 1) ? match[1] : title;
}
