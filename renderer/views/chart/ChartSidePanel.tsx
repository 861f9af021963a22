import type { ArticleId, Credibility } from '../../../electron/common/api/contract.ts';
import { messageOf } from '../../api/api-error.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { CredibilitySelect } from '../../sources/GradeSelect.tsx';
import { ChartList } from './ChartList.tsx';
import { pairId, type ChartGraph, type ChartLinkItem } from './chart-model.ts';

/**
 * The chart's entities and links as lists, the keyboard's and screen readers' way in: choosing
 * entities, selecting a link and reading its evidence, each quote opening in the Reader and,
 * for a relation, graded 1–6 (an event's quotes are graded in the Timeline).
 */
export function ChartSidePanel({
  graph,
  names,
  chosen,
  pinned,
  selected,
  path,
  ready,
  onChoose,
  onSelect,
  onOpenEvidence,
}: {
  graph: ChartGraph | null;
  names: Map<string, string>;
  chosen: string[];
  pinned: ReadonlySet<string>;
  selected: string | null;
  path: { nodes: string[]; links: string[] } | null;
  /** Whether the chart is drawn: an entity is chosen in it. */
  ready: boolean;
  onChoose: (id: string) => void;
  onSelect: (id: string) => void;
  onOpenEvidence: (articleId: ArticleId, start: number, end: number) => void;
}) {
  // A link chosen in the list, or all the links of an edge tapped in the chart.
  const shown =
    graph?.edges.find((edge) => edge.id === selected)?.links ??
    graph?.links.filter((l) => l.id === selected) ??
    [];
  return (
    <aside className="chart-side">
      <h2>Entities</h2>
      <ChartList
        label="Entities"
        className="chart-entities"
        items={graph?.nodes ?? []}
        keyOf={(node) => node.id}
        pressed={(node) => chosen.includes(node.id)}
        disabled={!ready}
        onPress={(node) => onChoose(node.id)}
      >
        {(node) => `${node.name}${pinned.has(node.id) ? ' (pinned)' : ''}`}
      </ChartList>
      <h2>Links</h2>
      <ChartList
        label="Links"
        className="chart-link-list"
        items={graph?.links ?? []}
        keyOf={(l) => l.id}
        pressed={(l) => shown.includes(l)}
        highlighted={(l) => path?.links.includes(pairId(l.source, l.target)) ?? false}
        onPress={(l) => onSelect(l.id)}
      >
        {(l) => linkText(l, names)}
      </ChartList>
      {shown.length > 0 && (
        <section className="chart-evidence" aria-label="Evidence">
          {shown.map((link) => (
            <LinkEvidence key={link.id} link={link} names={names} onOpenEvidence={onOpenEvidence} />
          ))}
        </section>
      )}
    </aside>
  );
}

/** One link's quotes (read when it is selected), each graded (a relation's) and opening in the Reader. */
function LinkEvidence({
  link,
  names,
  onOpenEvidence,
}: {
  link: ChartLinkItem;
  names: Map<string, string>;
  onOpenEvidence: (articleId: ArticleId, start: number, end: number) => void;
}) {
  const quotes = useApiQuery(
    'linkEvidence',
    link.relationId !== null ? { relationId: link.relationId } : { eventId: link.eventId! },
  );
  return (
    <>
      <h2>{linkText(link, names)}</h2>
      {link.evidence.length === 0 && <p>No evidence recorded.</p>}
      {quotes.error && <p role="alert">{messageOf(quotes.error)}</p>}
      {quotes.data?.map((e, index) => (
        <figure key={`${e.articleId}:${e.start}`}>
          <blockquote>{e.quote}</blockquote>
          {link.relationId !== null && (
            <EvidenceGrade
              relationId={link.relationId}
              name={linkName(link, names)}
              index={index}
              value={e.credibility ?? null}
            />
          )}
          <button
            className="button small"
            type="button"
            onClick={() => onOpenEvidence(e.articleId, e.start, e.end)}
          >
            Open in Reader
          </button>
        </figure>
      ))}
    </>
  );
}

/** The credibility of one piece of a relation's evidence, 1–6 or ungraded; undoable. */
function EvidenceGrade({
  relationId,
  name,
  index,
  value,
}: {
  relationId: NonNullable<ChartLinkItem['relationId']>;
  /** The link's name, for the toast. */
  name: string;
  index: number;
  value: Credibility | null;
}) {
  const { run } = useApiMutation();
  return (
    <CredibilitySelect
      label={`Credibility of quote ${index + 1}`}
      value={value}
      onChange={(credibility) =>
        run(
          'gradeRelationEvidence',
          { relationId, index, credibility },
          {
            describe: () => `Graded quote ${index + 1} of “${name}” ${credibility ?? 'ungraded'}`,
            undoable: true,
          },
        )
      }
    />
  );
}

/** “Nobuo Kishi — Lloyd Austin: met-with”. */
function linkName(link: ChartLinkItem, names: Map<string, string>): string {
  const between = `${names.get(link.source)} ${link.directed ? '→' : '—'} ${names.get(link.target)}`;
  return `${between}: ${link.label}`;
}

function linkText(link: ChartLinkItem, names: Map<string, string>): string {
  const count = link.evidence.length;
  const backing = count === 0 ? 'no evidence yet' : count === 1 ? '1 quote' : `${count} quotes`;
  return `${linkName(link, names)} (${backing})`;
}
