import { Marked, type Token, type Tokens } from 'marked';
import type {
  ActorGroup,
  BriefingDocument,
  Cited,
  DocSection,
  Footnote,
  Pinpoint,
  ProfileItem,
  QuoteItem,
  SourceArticle,
  TextPart,
} from './briefing-document.ts';
import { formatLongDate, formatPartialDate } from './dates.ts';
import { isSafeHref } from './link-policy.ts';

/**
 * The brief as GitHub-flavoured Markdown: footnotes `[^n]`, tables, blockquotes with the exact
 * words of the sources, and no HTML at all (raw HTML in the analyst's text is escaped so it
 * reads as text). The output is a pure function of the document: the same notebook gives the
 * same bytes.
 */
export function briefingMarkdown(doc: BriefingDocument): string {
  return titleBlockMarkdown(doc) + '\n' + bodyMarkdown(doc);
}

/** Classification line, title and the line under it. */
export function titleBlockMarkdown(doc: BriefingDocument): string {
  const lines: string[] = [];
  if (doc.classification !== '') lines.push(`**${escapeInline(doc.classification)}**`, '');
  lines.push(`# ${escapeInline(doc.title)}`, '');
  const meta = metaLine(doc);
  if (meta !== '') lines.push(`*${escapeInline(meta)}*`, '');
  return lines.join('\n');
}

/** "Briefing · 16 March 2021 · Prepared by Jane Doe" */
export function metaLine(doc: Pick<BriefingDocument, 'date' | 'author'>): string {
  return [
    'Briefing',
    ...(doc.date === null ? [] : [formatLongDate(doc.date)]),
    ...(doc.author === '' ? [] : [`Prepared by ${doc.author}`]),
  ].join(' · ');
}

/** The pictures the Markdown links, to be written beside it: the network sections' SVGs. */
export function briefingFiles(doc: BriefingDocument): { name: string; svg: string }[] {
  return doc.sections.flatMap((section) =>
    section.kind === 'network' && section.image !== null ? [section.image] : [],
  );
}

/** The sections, the closing classification line and the footnote definitions. */
export function bodyMarkdown(
  doc: BriefingDocument,
  options: { classificationLine?: boolean } = {},
): string {
  const blocks: string[] = doc.sections.map(sectionMarkdown);
  if (doc.classification !== '' && options.classificationLine !== false)
    blocks.push(`**${escapeInline(doc.classification)}**`);
  if (doc.footnotes.length > 0) blocks.push(doc.footnotes.map(footnoteMarkdown).join('\n'));
  return blocks.join('\n\n') + '\n';
}

function sectionMarkdown(section: DocSection): string {
  const heading = `## ${escapeInline(section.heading || defaultHeading(section.kind))}`;
  const body = sectionBody(section);
  return `${heading}\n\n${body}`;
}

export function defaultHeading(kind: DocSection['kind']): string {
  return {
    text: 'Notes',
    actors: 'Key actors',
    timeline: 'Timeline',
    quotes: 'Key quotes',
    profiles: 'Profiles',
    network: 'Network',
    sources: 'Sources',
  }[kind];
}

function sectionBody(section: DocSection): string {
  switch (section.kind) {
    case 'text':
      return textMarkdown(section.parts) || emptyNote('This section is empty.');
    case 'actors':
      return section.groups.length === 0
        ? emptyNote('No entities yet: mark people, organizations and places in the Reader.')
        : section.groups.map(actorGroupMarkdown).join('\n\n');
    case 'timeline':
      return section.rows.length === 0
        ? emptyNote('No events yet: accept event suggestions or add events in the Reader.')
        : table(
            ['Date', 'Event', 'Participants', 'Place', 'Sources'],
            section.rows.map((row) => [
              keepTogether(escapeCell(row.date)),
              escapeCell(row.title) +
                (row.certainty === 'confirmed' ? '' : ` *(${escapeCell(row.certainty)})*`),
              escapeCell(row.participants.join('; ')),
              escapeCell(row.location),
              refs(row),
            ]),
          );
    case 'quotes':
      if (section.quotes.length === 0)
        return emptyNote('No quotes yet: highlight passages or add evidence to events.');
      return [
        ...section.quotes.map(quoteMarkdown),
        ...(section.omitted > 0 ? [emptyNote(`${section.omitted} more quotes not shown.`)] : []),
      ].join('\n\n');
    case 'profiles':
      if (section.profiles.length === 0) return emptyNote('No entities match this section yet.');
      return [
        ...section.profiles.map(profileMarkdown),
        ...(section.omitted > 0 ? [emptyNote(`${section.omitted} more entities not shown.`)] : []),
      ].join('\n\n');
    case 'network':
      if (section.image === null)
        return emptyNote('No relations yet: relate entities in the Reader or the link chart.');
      return [
        `![${escapeInline(section.image.alt)}](${section.image.name})`,
        table(
          ['From', 'Link', 'To', 'Date', 'Sources'],
          section.rows.map((row) => [
            escapeCell(row.from),
            (row.kind === 'event' ? 'in the event ' : '') +
              escapeCell(row.label) +
              (row.directed ? ' →' : ''),
            escapeCell(row.to),
            keepTogether(escapeCell(row.date)),
            refs(row),
          ]),
        ),
        ...(section.omitted > 0 ? [emptyNote(`${section.omitted} more links not shown.`)] : []),
      ].join('\n\n');
    case 'sources':
      return section.rows.length === 0
        ? emptyNote('No sources cited yet.')
        : table(
            ['Ref.', 'Date', 'Source', 'Address'],
            section.rows.map((row) => [
              refs(row),
              keepTogether(escapeCell(formatPartialDate(row.article.published))),
              escapeCell(row.article.title) +
                (row.article.source === '' ? '' : ` · *${escapeCell(row.article.source)}*`),
              isWebAddress(row.article.url) ? `<${row.article.url}>` : escapeCell(row.article.url),
            ]),
          );
  }
}

/** A date on one line: "16 Mar 2021" never breaks, a range breaks only at its dash. */
function keepTogether(text: string): string {
  return text.replace(/ (?!– )(?<! –)/g, '\u00a0').replace(/(\S)–(\S)/g, '$1\u2060–\u2060$2');
}

function emptyNote(text: string): string {
  return `*${escapeInline(text)}*`;
}

function actorGroupMarkdown(group: ActorGroup): string {
  // Columns that would be empty for every row are left out.
  const described = group.actors.some((actor) => actor.description.trim() !== '');
  const roles = group.actors.some((actor) => actor.roles !== '');
  const rows = group.actors.map((actor) => [
    escapeCell(actor.name) +
      (actor.aliases.length > 0 ? ` *(also ${escapeCell(actor.aliases.join(', '))})*` : ''),
    ...(described ? [escapeCell(actor.description)] : []),
    ...(roles ? [escapeCell(actor.roles)] : []),
    `${actor.mentionCount} in ${actor.articleCount} article${actor.articleCount === 1 ? '' : 's'}`,
    refs(actor),
  ]);
  const headers = [
    'Name',
    ...(described ? ['Description'] : []),
    ...(roles ? ['Roles in events'] : []),
    'Mentions',
    'Sources',
  ];
  const parts = [`### ${escapeInline(group.label)}`, table(headers, rows)];
  if (group.omitted > 0) {
    parts.push(
      emptyNote(`${group.omitted} more ${group.label.toLowerCase()} not shown (fewer mentions).`),
    );
  }
  return parts.join('\n\n');
}

function quoteMarkdown(quote: QuoteItem): string {
  const lines = quote.text.split('\n').map((line) => {
    const trimmed = line.trim();
    return trimmed === '' ? '>' : `> ${escapeLineStart(escapeInline(trimmed))}`;
  });
  // Collapse runs of blank quote lines: one paragraph break is enough.
  const body = lines.filter((line, i) => !(line === '>' && (i === 0 || lines[i - 1] === '>')));
  while (body.at(-1) === '>') body.pop();
  return [...body, '>', `> — ${escapeInline(quoteAttribution(quote))}${refs(quote)}`].join('\n');
}

/** "Outlet, “Title”, 16 Mar 2021 · Analyst’s note: …" under a quote. */
export function quoteAttribution(quote: QuoteItem): string {
  const source = [
    quote.article.source,
    `“${quote.article.title}”`,
    formatPartialDate(quote.article.published),
  ]
    .filter((part) => part !== '')
    .join(', ');
  const context =
    quote.context === ''
      ? ''
      : ` · ${quote.kind === 'highlight' ? 'Analyst’s note: ' : ''}${quote.context}`;
  return source + context;
}

function profileMarkdown(profile: ProfileItem): string {
  const facts = profileFacts(profile);
  const parts = [`### ${escapeInline(profile.name)}`, `*${escapeInline(facts)}*${refs(profile)}`];
  if (profile.description.trim() !== '')
    parts.push(escapeLineStart(escapeInline(profile.description)));
  if (profile.events.length > 0) {
    parts.push(
      profile.events
        .map((event) => `- ${escapeInline(`${event.date}: ${event.title}`)}${refs(event)}`)
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

/** "Person · also Tony · mentioned 9 times in 6 articles" */
export function profileFacts(profile: ProfileItem): string {
  return [
    profile.type.charAt(0).toUpperCase() + profile.type.slice(1),
    ...(profile.aliases.length > 0 ? [`also ${profile.aliases.join(', ')}`] : []),
    `mentioned ${profile.mentionCount} time${profile.mentionCount === 1 ? '' : 's'} in ${profile.articleCount} article${profile.articleCount === 1 ? '' : 's'}`,
  ].join(' · ');
}

function footnoteMarkdown(footnote: Footnote): string {
  return `[^${footnote.number}]: ${citation(footnote.article, footnote.pinpoint)}`;
}

/** "Jane Doe, “Title,” Outlet, 16 Mar 2021. <https://…>" */
export function citationText(article: SourceArticle): string {
  return [
    ...(article.authors.length > 0 ? [`${article.authors.join('; ')},`] : []),
    `“${article.title},”`,
    ...(article.outlet === '' ? [] : [`${article.outlet},`]),
    `${formatPartialDate(article.published)}.`,
  ].join(' ');
}

/**
 * The footnote: the article's citation with its outlet's grade in brackets (a letter A–F, so not
 * escaped: "UrduPoint News / Sputnik [C]"), then the pinpoint of the words cited.
 */
function citation(article: SourceArticle, pinpoint: Pinpoint | null = null): string {
  let text = escapeInline(citationText(article));
  if (article.grade !== null && article.outlet !== '') {
    const outlet = escapeInline(`${article.outlet},`);
    text = text.replace(outlet, `${escapeInline(article.outlet)} [${article.grade}],`);
  }
  if (pinpoint !== null) {
    const credibility =
      pinpoint.credibility === null ? '' : `; credibility ${pinpoint.credibility}`;
    text = `${text.replace(/\.$/, '')}, para. ${pinpoint.paragraph}: ${escapeInline(`“${pinpoint.quote}”`)}${credibility}`;
  }
  if (article.url === '') return text;
  return `${text} ${isWebAddress(article.url) ? `<${article.url}>` : escapeInline(article.url)}`;
}

function refs(item: Cited): string {
  return item.refs.map((n) => `[^${n}]`).join('');
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s<>"`]+$/i.test(url);
}

// Escaping ---------------------------------------------------------------------------------

/**
 * Text from the notebook (titles, names, quotes) as Markdown that shows exactly those words:
 * every character Markdown could read as syntax is backslash-escaped, line breaks become spaces.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/** Text in a table cell: inline text that cannot end the cell. */
function escapeCell(text: string): string {
  return escapeInline(text);
}

/** What a line may not start with unless it wants to be a heading, list or quote. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}

/**
 * The analyst's markdown, with no live HTML and citations in place: the text is neutralized
 * with a placeholder for each citation (private-use characters, stripped from the text), and
 * the placeholders become footnote references afterwards.
 */
function textMarkdown(parts: TextPart[]): string {
  const inserts: string[] = [];
  let markdown = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      markdown += part.text.replace(/[\uE000\uE001]/g, '');
      continue;
    }
    markdown += `\uE000${inserts.length}\uE001`;
    inserts.push(
      part.kind === 'missing'
        ? '**\\[missing reference\\]**'
        : part.quote === undefined
          ? refs(part)
          : `${escapeInline(`“${part.quote}”`)}${refs(part)}`,
    );
  }
  return (
    neutralizeMarkdown(markdown)
      .replace(/\uE000(\d+)\uE001/g, (_m, n: string) => inserts[Number(n)]!)
      // Citations written side by side cite each footnote once: [^1][^1][^3] → [^1][^3].
      .replace(/(?<!\\)(?:\[\^\d+\])+/g, (run) =>
        [...new Set(run.match(/\d+/g)!.map(Number))]
          .sort((x, y) => x - y)
          .map((n) => `[^${n}]`)
          .join(''),
      )
      .trim()
  );
}

const checker = new Marked({ gfm: true });

/**
 * The analyst's own markdown with raw HTML turned into text (`<` escaped outside code),
 * footnote syntax of their own neutralized (footnotes are Dossier's), and links and images
 * made what link-policy.ts allows: the Markdown export shows what the preview and the PDF show.
 */
export function neutralizeMarkdown(markdown: string): string {
  return neutralizeLinks(neutralizeHtml(markdown));
}

/**
 * Raw HTML as text. Fences and code spans are found line by line as marked finds them; where
 * marked reads the text otherwise (a "```a`" line is no fence to it), HTML would remain, and
 * the text is escaped again ignoring fences, then, as a last resort, code spans too (which
 * then show the backslash): never live HTML, and never an entity shown as "&lt;".
 */
function neutralizeHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | null = null;
  const out = lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
        fence = null;
      return line;
    }
    if (marker !== undefined) {
      fence = marker;
      return line;
    }
    return escapeOutsideCodeSpans(line);
  });
  const result = out.join('\n');
  if (!hasHtml(result)) return result;
  const ignoringFences = lines.map(escapeOutsideCodeSpans).join('\n');
  if (!hasHtml(ignoringFences)) return ignoringFences;
  return lines.map(escapeText).join('\n');
}

/**
 * Links and images as link-policy.ts allows: a link elsewhere than the web, mail or a
 * footnote becomes its text, an image its description. marked finds them; each is replaced
 * where it is in the text, found by walking every token's source in order. Should one still
 * be there after that (marked rewrote the source around it, as in some nested lists), no
 * bracket is left live: every `[` is escaped.
 */
function neutralizeLinks(markdown: string): string {
  let out = '';
  let cursor = 0;
  const replaced = new Set<Token>();
  checker.walkTokens(checker.lexer(markdown), (token: Token) => {
    if (replaced.has(token)) return;
    const refused = isRefused(token);
    // Lists and tables hold their cells and items apart from `tokens`.
    const leaf =
      token.type !== 'list' &&
      token.type !== 'table' &&
      (!('tokens' in token) || token.tokens === undefined || token.tokens.length === 0);
    if (!refused && !leaf) return;
    const at = markdown.indexOf(token.raw, cursor);
    if (at < 0) return;
    const end = at + token.raw.length;
    if (refused) {
      checker.walkTokens((token as Tokens.Link).tokens ?? [], (inner) => void replaced.add(inner));
      const text = (token as Tokens.Link | Tokens.Image).text;
      out +=
        markdown.slice(cursor, at) +
        (token.type === 'image' ? escapeInline(text) : neutralizeLinks(text));
    } else out += markdown.slice(cursor, end);
    cursor = end;
  });
  const result = out + markdown.slice(cursor);
  let left = false;
  checker.walkTokens(checker.lexer(result), (token: Token) => void (left ||= isRefused(token)));
  return left
    ? result.replace(/(\\*)\[/g, (m, slashes: string) =>
        slashes.length % 2 === 1 ? m : `${slashes}\\[`,
      )
    : result;
}

function isRefused(token: Token): boolean {
  return token.type === 'image' || (token.type === 'link' && !isSafeHref(token.href));
}

function escapeOutsideCodeSpans(line: string): string {
  let result = '';
  let i = 0;
  const runAt = (at: number) => {
    let n = 0;
    while (line[at + n] === '`') n++;
    return n;
  };
  /** The next backtick from `at` that can open a code span: one no backslash escapes. */
  const openerFrom = (at: number) => {
    for (let k = line.indexOf('`', at); k >= 0; k = line.indexOf('`', k + runAt(k))) {
      let slashes = 0;
      while (line[k - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return k;
    }
    return -1;
  };
  while (i < line.length) {
    const open = openerFrom(i);
    if (open < 0) return result + escapeText(line.slice(i));
    const n = runAt(open);
    let close = -1;
    for (let j = open + n; j < line.length;) {
      const k = line.indexOf('`', j);
      if (k < 0) break;
      const m = runAt(k);
      if (m === n) {
        close = k;
        break;
      }
      j = k + m;
    }
    if (close < 0) {
      result += escapeText(line.slice(i, open + n));
      i = open + n;
    } else {
      result += escapeText(line.slice(i, open)) + line.slice(open, close + n);
      i = close + n;
    }
  }
  return result;
}

function escapeText(text: string): string {
  return text
    .replace(/(\\*)</g, (m, slashes: string) => (slashes.length % 2 === 1 ? m : `${slashes}\\<`))
    .replace(/(\\*)\[\^/g, (m, slashes: string) =>
      slashes.length % 2 === 1 ? m : `${slashes}\\[^`,
    );
}

function hasHtml(markdown: string): boolean {
  let found = false;
  checker.walkTokens(checker.lexer(markdown), (token: Token) => {
    if (token.type === 'html' || token.type === 'tag') found = true;
  });
  return found;
}
