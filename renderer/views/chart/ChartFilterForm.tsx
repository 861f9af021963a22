import type { ArticleSummary } from '../../../electron/common/api/contract.ts';
import { typeLabel } from '../../annotate/entity-types.ts';
import type { ChartFilters } from './chart-model.ts';
import { TimeSlider } from './TimeSlider.tsx';

/**
 * The chart's filters: entity type, tag, the article quoted, the time window, and whether
 * entities no link ties are drawn.
 */
export function ChartFilterForm({
  filters,
  setFilters,
  unlinked,
  types,
  quoted,
  bounds,
  onWindow,
}: {
  filters: ChartFilters;
  setFilters: (filters: ChartFilters) => void;
  /** How many entities of the types shown no link ties. */
  unlinked: number;
  /** The entity types in the chart. */
  types: string[];
  /** The articles the chart's links quote. */
  quoted: ArticleSummary[];
  bounds: { start: string; end: string } | null;
  onWindow: (window: { from: string; to: string } | null) => void;
}) {
  return (
    <form className="chart-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Type
        <select
          value={filters.entityTypes[0] ?? ''}
          onChange={(e) =>
            setFilters({ ...filters, entityTypes: e.target.value === '' ? [] : [e.target.value] })
          }
        >
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <input
          value={filters.tag}
          onChange={(e) => setFilters({ ...filters, tag: e.target.value.trim() })}
        />
      </label>
      <label>
        Article
        <select
          value={filters.articleId}
          onChange={(e) => setFilters({ ...filters, articleId: e.target.value })}
        >
          <option value="">All articles</option>
          {quoted.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          value={filters.from}
          onChange={(e) => setFilters({ ...filters, from: e.target.value })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filters.to}
          onChange={(e) => setFilters({ ...filters, to: e.target.value })}
        />
      </label>
      <label className="chart-toggle">
        <input
          type="checkbox"
          checked={filters.unlinked}
          onChange={(e) => setFilters({ ...filters, unlinked: e.target.checked })}
        />
        Unlinked entities ({unlinked})
      </label>
      {bounds !== null && <TimeSlider bounds={bounds} onWindow={onWindow} />}
    </form>
  );
}
