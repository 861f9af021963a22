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
import { formatPartialDate } from './dates.ts';
import {
  citationText,
  defaultHeading,
  metaLine,
  profileFacts,
  quoteAttribution,
} from './brief-wording.ts';
import { escapeCell, escapeInline, escapeLineStart } from './markdown-escape.ts';
import { neutralizeMarkdown } from './neutralize-markdown.ts';

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
  return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n';
}

function sectionMarkdown(section: DocSection): string {
  const heading = `## ${escapeInline(section.heading || defaultHeading(section.kind))}`;
  const body = sectionBody(section);
  return `${heading}\n\n${body}`;
}

function sectionBody(section: DocSection): string {
  switch (section.kind) {
    case 'text':
      return textMarkdown(section.parts);
    case 'actors':
      return section.groups.map(actorGroupMarkdown).join('\n\n');
    case 'timeline':
      return table(
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
      return [
        ...section.quotes.map(quoteMarkdown),
        ...(section.omitted > 0 ? [omittedNote(`${section.omitted} more quotes not shown.`)] : []),
      ].join('\n\n');
    case 'profiles':
      return [
        ...section.profiles.map(profileMarkdown),
        ...(section.omitted > 0
          ? [omittedNote(`${section.omitted} more entities not shown.`)]
          : []),
      ].join('\n\n');
    case 'network':
      return [
        ...(section.image === null
          ? []
          : [`![${escapeInline(section.image.alt)}](${section.image.name})`]),
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
        ...(section.omitted > 0 ? [omittedNote(`${section.omitted} more links not shown.`)] : []),
      ].join('\n\n');
    case 'sources':
      return table(
        ['Notes', 'Date', 'Source', 'Address'],
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

/** A line in italics under a section: what it left out. */
function omittedNote(text: string): string {
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
      omittedNote(`${group.omitted} more ${group.label.toLowerCase()} not shown (fewer mentions).`),
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

function footnoteMarkdown(footnote: Footnote): string {
  return `[^${footnote.number}]: ${citation(footnote.article, footnote.pinpoint)}`;
}

/**
 * The footnote: the article's citation with its outlet's grade in brackets (a letter A–F, so not
 * escaped: "UrduPoint News / Sputnik [C]"), then the pinpoint of the words cited.
 */
function citation(article: SourceArticle, pinpoint: Pinpoint | null = null): string {
  let text = escapeInline(citationText(article, pinpoint));
  if (article.grade !== null && article.outlet !== '') {
    const outlet = escapeInline(`${article.outlet},`);
    text = text.replace(outlet, `${escapeInline(article.outlet)} [${article.grade}],`);
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
