import type { Article } from '../../common/model/article.ts';

/**
 * The articles as references for a reference manager (Zotero, Mendeley, EndNote, LaTeX):
 * CSL-JSON, BibTeX and RIS, each with the outlet, authors, date of publication, address and
 * the date the article was added to the notebook as the date it was accessed. The articles
 * come in the order the caller gives them.
 */

export const REFERENCE_FILES = {
  csl: { extension: '.csl.json', mediaType: 'application/vnd.citationstyles.csl+json' },
  bibtex: { extension: '.bib', mediaType: 'application/x-bibtex' },
  ris: { extension: '.ris', mediaType: 'application/x-research-info-systems' },
} as const;
export type ReferenceFormat = keyof typeof REFERENCE_FILES;

/** An author as the reference formats want it: a person's family and given names, or a name
 * to print as it is (an office, "Department Spokesperson"). */
type Name = { family: string; given: string } | { literal: string };

function nameOf(author: string): Name {
  const words = author.trim().split(/\s+/);
  // A comma, a digit or many words: not one person's name, printed as written.
  if (/[,;\d()]/.test(author) || words.length < 2 || words.length > 4) return { literal: author };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

/** The day the article came into the notebook: when its text was read. */
function accessed(article: Article): string {
  return article.addedAt.slice(0, 10);
}

/** A stable citation key: "price2021announcing-<id>", from author, year, title and the id. */
function citationKey(article: Article): string {
  const first = article.authors[0];
  const name = first === undefined ? { literal: article.source } : nameOf(first);
  const word = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9 ]/g, '')
      .split(' ')
      .find((w) => w.length > 3)
      ?.toLowerCase() ?? '';
  const who = word('family' in name ? name.family : name.literal) || 'anon';
  return `${who}${article.published?.slice(0, 4) ?? ''}${word(article.title)}-${article.id}`;
}

export function cslJson(articles: Article[]): string {
  const items = articles.map((article) => ({
    id: article.id,
    type: article.source === '' ? 'webpage' : 'article-newspaper',
    title: article.title,
    ...(article.source !== '' && { 'container-title': article.source }),
    ...(article.authors.length > 0 && { author: article.authors.map(nameOf) }),
    ...(article.published !== null && {
      issued: { 'date-parts': [dateParts(article.published)] },
    }),
    ...(article.url !== '' && { URL: article.url }),
    accessed: { 'date-parts': [dateParts(accessed(article))] },
    ...(article.language !== '' && { language: article.language }),
  }));
  return JSON.stringify(items, null, 2) + '\n';
}

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** TeX's special characters as text: no field can end early or run a command. */
function tex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => TEX[c] ?? `\\${c}`).replace(/\s+/g, ' ');
}

/** A url field is read verbatim: only a brace could end it, and is percent-encoded. */
function verbatim(url: string): string {
  return url.replace(/[{}\\]/g, (c) => encodeURIComponent(c)).replace(/\s+/g, '%20');
}

export function bibtex(articles: Article[]): string {
  return articles
    .map((article) => {
      const fields: [string, string][] = [
        ['title', `{${tex(article.title)}}`],
        ...(article.authors.length > 0
          ? [
              [
                'author',
                article.authors
                  .map((author) => {
                    const name = nameOf(author);
                    return 'literal' in name
                      ? `{${tex(name.literal)}}`
                      : `${tex(name.family)}, ${tex(name.given)}`;
                  })
                  .join(' and '),
              ] as [string, string],
            ]
          : []),
        ...(article.source === '' ? [] : [['journal', tex(article.source)] as [string, string]]),
        ...(article.published === null
          ? []
          : ([
              ['year', article.published.slice(0, 4)],
              ['date', article.published],
            ] as [string, string][])),
        ...(article.url === '' ? [] : [['url', verbatim(article.url)] as [string, string]]),
        ['urldate', accessed(article)],
        ...(article.language === ''
          ? []
          : [['language', tex(article.language)] as [string, string]]),
      ];
      const type = article.source === '' ? 'online' : 'article';
      return `@${type}{${citationKey(article)},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}

function risDate(date: string): string {
  const [y, m = '', d = ''] = date.split('-');
  return `${y}/${m}/${d}/`;
}

export function ris(articles: Article[]): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}\r\n`;
  return articles
    .map(
      (article) =>
        line('TY', article.source === '' ? 'ELEC' : 'NEWS') +
        line('ID', article.id) +
        line('TI', article.title) +
        article.authors.map((author) => line('AU', risName(author))).join('') +
        (article.source === '' ? '' : line('T2', article.source)) +
        (article.published === null
          ? ''
          : line('PY', article.published.slice(0, 4)) + line('DA', risDate(article.published))) +
        (article.url === '' ? '' : line('UR', article.url)) +
        line('Y2', risDate(accessed(article))) +
        (article.language === '' ? '' : line('LA', article.language)) +
        'ER  - \r\n',
    )
    .join('\r\n');
}

function risName(author: string): string {
  const name = nameOf(author);
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

export function references(format: ReferenceFormat, articles: Article[]): string {
  return format === 'csl'
    ? cslJson(articles)
    : format === 'bibtex'
      ? bibtex(articles)
      : ris(articles);
}
