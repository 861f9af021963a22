import type { EntityId } from '../../common/model/ids.ts';
import type { Section } from '../../common/model/briefing.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';
import { networkSection } from './network-section.ts';
import { AssemblyContext, articleInScope } from './assembly-context.ts';
import type {
  BriefingDocument,
  BriefingLike,
  Cited,
  DocSection,
  Footnote,
} from './briefing-document.ts';
import { actorGroups, profiles, quotes, sourcesSection, timeline } from './generated-sections.ts';
import { resolveReferences, unlessPlaceholder } from './text-references.ts';

/**
 * Assembly: a briefing (what the analyst arranged) and the notebook (what it draws on) become a
 * BriefingDocument, the format-free content of the brief that the Markdown, HTML and PDF
 * exports print. A pure function of its inputs: the same notebook gives the same document,
 * in the same order, with the same footnote numbers.
 *
 * Citations: every generated item names the articles that support it; footnotes are numbered
 * in order of first use through the document, one per article.
 */

export function assembleBriefing(view: NotebookView, briefing: BriefingLike): BriefingDocument {
  const context = new AssemblyContext(view, briefing.filter);
  const built = new Map<string, DocSection>();
  for (const section of briefing.sections)
    if (isBody(section)) built.set(section.id, buildSection(context, section));
  // Sources list the articles the rest of the brief cites, in the order of their footnotes, so
  // they are built once those are numbered…
  const footnotes = numberFootnotes(
    context,
    briefing.sections.flatMap((section) => built.get(section.id) ?? []),
  );
  // …and put back in their place.
  const ordered = briefing.sections.map((section) =>
    section.kind === 'sources'
      ? sourcesSection(context, section, footnotes)
      : built.get(section.id)!,
  );
  return {
    briefingId: briefing.id,
    title: briefing.title,
    author: briefing.author,
    date: briefing.date,
    classification: briefing.classification,
    sections: ordered.filter((section) => !isEmpty(section)),
    leftOut: ordered.filter(isEmpty).map((section) => section.id),
    footnotes,
  };
}

/**
 * A section with nothing in it: the brief leaves it out (its reader has no use for the editor's
 * hints; the editor says which sections were left out).
 */
function isEmpty(section: DocSection): boolean {
  return section.kind === 'text'
    ? section.parts.every((part) => part.kind === 'text' && part.text.trim() === '')
    : citedItems(section).length === 0;
}

/** Every cited item of a section, in reading order. */
function citedItems(section: DocSection): Cited[] {
  switch (section.kind) {
    case 'text':
      return section.parts.flatMap((part) => (part.kind === 'cite' ? [part] : []));
    case 'actors':
      return section.groups.flatMap((group) => group.actors);
    case 'timeline':
      return section.rows;
    case 'quotes':
      return section.quotes;
    case 'profiles':
      return section.profiles.flatMap((profile) => [profile, ...profile.events]);
    case 'network':
    case 'sources':
      return section.rows;
  }
}

function numberFootnotes(context: AssemblyContext, sections: DocSection[]): Footnote[] {
  const numbers = new Map<string, number>();
  const footnotes: Footnote[] = [];
  for (const section of sections) {
    for (const item of citedItems(section)) {
      const pinpoint = item.pinpoint ?? null;
      const keys = item.cites.map((id) =>
        pinpoint === null ? id : `${id}#${pinpoint.paragraph}#${pinpoint.quote}`,
      );
      item.cites.forEach((id, i) => {
        if (numbers.has(keys[i]!)) return;
        numbers.set(keys[i]!, footnotes.length + 1);
        footnotes.push({ number: footnotes.length + 1, article: context.sourceOf(id), pinpoint });
      });
      item.refs = [...new Set(keys.map((key) => numbers.get(key)!))].sort((a, b) => a - b);
    }
  }
  return footnotes;
}

/** Every section but the Sources, which are built from the others' footnotes. */
type BodySection = Section & { kind: Exclude<Section['kind'], 'sources'> };

function isBody(section: Section): section is BodySection {
  return section.kind !== 'sources';
}

function buildSection(context: AssemblyContext, section: BodySection): DocSection {
  const base = { id: section.id, heading: section.heading };
  switch (section.kind) {
    case 'text':
      return {
        ...base,
        kind: 'text',
        parts: resolveReferences(context, unlessPlaceholder(section.markdown)),
      };
    case 'actors':
      return { ...base, kind: 'actors', groups: actorGroups(context, section.filter) };
    case 'timeline':
      return { ...base, kind: 'timeline', rows: timeline(context, section.filter) };
    case 'quotes':
      return { ...base, kind: 'quotes', ...quotes(context, section.filter) };
    case 'profiles':
      return { ...base, kind: 'profiles', ...profiles(context, section.filter) };
    case 'network': {
      const scoped = new Set(
        context.articles.filter((a) => articleInScope(a, section.filter)).map((a) => a.id),
      );
      const mentions = (id: EntityId) =>
        [...(context.mentions.get(id)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
      return {
        ...base,
        kind: 'network',
        ...networkSection(context.view, scoped, mentions, section.filter, section.id),
      };
    }
  }
}
