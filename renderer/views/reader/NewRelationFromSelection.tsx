import type { ArticleView, EntityLabel } from '../../../electron/common/api/contract.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { NewRelationDialog, type RelationEvidence } from '../chart/NewRelationDialog.tsx';

/** The entities marked inside a span of the article, each once, in reading order. */
export function entitiesInSpan(article: ArticleView, start: number, end: number): EntityLabel[] {
  const found = new Map<string, EntityLabel>();
  const inside = article.mentions
    .filter((mention) => mention.start >= start && mention.end <= end)
    .sort((a, b) => a.start - b.start);
  for (const mention of inside) {
    const entity = article.entities[mention.entityId];
    if (entity !== undefined && !found.has(entity.id)) found.set(entity.id, entity);
  }
  return [...found.values()];
}

/**
 * "New relation" on a selection in the Reader: two of the entities it mentions, a type, and the
 * selected words as the evidence.
 */
export function NewRelationFromSelection({
  article,
  evidence,
  onClose,
}: {
  article: ArticleView;
  evidence: RelationEvidence;
  onClose: () => void;
}) {
  const types = useApiQuery('linkChartOutline', {}).data?.types;
  if (types === undefined) return null;
  const entities = entitiesInSpan(article, evidence.start, evidence.end);
  return (
    <NewRelationDialog
      entities={entities}
      initial={{ from: entities[0]?.id ?? '', to: entities[1]?.id ?? '' }}
      types={types}
      evidence={evidence}
      onClose={onClose}
    />
  );
}
