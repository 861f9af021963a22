import { useState } from 'react';
import type { ChartNodeItem } from './chart-model.ts';

/** Two entities to find the shortest path between, and the path found. */
export function ShortestPathForm({
  nodes,
  names,
  path,
  onFind,
}: {
  nodes: ChartNodeItem[];
  names: Map<string, string>;
  path: { nodes: string[]; links: string[] } | null;
  onFind: (from: string, to: string) => void;
}) {
  const [ends, setEnds] = useState({ from: '', to: '' });
  return (
    <form
      className="chart-path"
      aria-label="Shortest path"
      onSubmit={(e) => {
        e.preventDefault();
        onFind(ends.from, ends.to);
      }}
    >
      {(['from', 'to'] as const).map((end) => (
        <label key={end}>
          {end === 'from' ? 'Path from' : 'Path to'}
          <select value={ends[end]} onChange={(e) => setEnds({ ...ends, [end]: e.target.value })}>
            <option value="">Choose an entity</option>
            {nodes.map((node) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="button small">
        Find path
      </button>
      {path !== null && (
        <p className="chart-path-result" aria-live="polite">
          {path.nodes.map((id) => names.get(id)).join(' → ')}
        </p>
      )}
    </form>
  );
}
