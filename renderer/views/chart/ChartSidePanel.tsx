import type { ArticleId, Credibility } from '../../../electron/common/api/contract.ts';
import { useApiMutation } from '../../api/use-api-mutation.ts';
import { CredibilitySelect } from '../../sources/GradeSelect.tsx';
import type { ChartGraph, ChartLinkItem } from './chart-model.ts';

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
  const link = graph?.links.find((l) => l.id === selected) ?? null;
  return (
    <aside className="chart-side">
      <h2>Entities</h2>
      <ul className="chart-links chart-entities" aria-label="Entities">
        {(graph?.nodes ?? []).map((node) => (
          <li key={node.id}>
            <button
              type="button"
              aria-pressed={chosen.includes(node.id)}
              disabled={!ready}
              onClick={() => onChoose(node.id)}
            >
              {node.name}
              {pinned.has(node.id) ? ' (pinned)' : ''}
            </button>
          </li>
        ))}
      </ul>
      <h2>Links</h2>
      <ul className="chart-links" aria-label="Links">
        {(graph?.links ?? []).map((l) => (
          <li key={l.id}>
            <button
              type="button"
              aria-pressed={l.id === selected}
              className={path?.links.includes(l.id) ? 'on-path' : undefined}
              onClick={() => onSelect(l.id)}
            >
              {linkText(l, names)}
            </button>
          </li>
        ))}
      </ul>
      {link !== null && (
        <section className="chart-evidence" aria-label="Evidence">
          <h2>{linkText(link, names)}</h2>
          {link.evidence.length === 0 && <p>No evidence recorded.</p>}
          {link.evidence.map((e, index) => (
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
                onClick={() => onOpenEvidence(e.articleId as ArticleId, e.start, e.end)}
              >
                Open in Reader
              </button>
            </figure>
          ))}
        </section>
      )}
    </aside>
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
