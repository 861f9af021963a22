import { DossierError } from '../../common/errors.ts';
import type { RelationCandidateView } from '../../common/api/contract.ts';
import type { Article } from '../../common/model/article.ts';
import type { EntityId, RelationId } from '../../common/model/ids.ts';
import type { NotebookChange } from '../commands/notebook-change.ts';
import { relationCandidates } from '../suggest/relation-candidates.ts';
import { requireArticle, type NotebookView } from './notebook-view.ts';
import { addRelationEvidence, createRelation, identity } from './relations.ts';
import { sameSpan } from './event-edits.ts';

/**
 * The relations an article states between the entities marked in it, less those the analyst
 * rejected and those already recorded with that sentence as evidence.
 */
export function relationSuggestions(view: NotebookView, article: Article): RelationCandidateView[] {
  const names = article.mentions.flatMap((mention) => {
    const entity = view.getEntity(mention.entityId);
    return entity === undefined ? [] : [{ ...mention, type: entity.type }];
  });
  const file = view.relationsFile;
  const views = new Map<string, RelationCandidateView>();
  for (const candidate of relationCandidates(article.text, names)) {
    const from = view.getEntity(candidate.from.entityId as EntityId)!;
    const to = view.getEntity(candidate.to.entityId as EntityId)!;
    if (from.id === to.id) continue;
    const { start, end } = candidate.sentence;
    const key = identity({ type: candidate.type, from: from.id, to: to.id, directed: true });
    const recorded = file.relations.some(
      (r) =>
        identity(r) === key &&
        r.evidence.some((e) => sameSpan(e, { articleId: article.id, start, end })),
    );
    const rejected = file.rejectedSuggestions.some(
      (r) =>
        r.articleId === article.id &&
        r.start === start &&
        r.end === end &&
        r.type === candidate.type &&
        r.from === from.id &&
        r.to === to.id,
    );
    if (recorded || rejected) continue;
    const candidateId = `${start}-${end}-${candidate.type}-${from.id}-${to.id}`;
    views.set(candidateId, {
      candidateId,
      articleId: article.id,
      type: candidate.type,
      from: { id: from.id, name: from.name, type: from.type },
      to: { id: to.id, name: to.name, type: to.type },
      evidence: { start, end, text: article.text.slice(start, end) },
      pattern: candidate.pattern,
    });
  }
  return [...views.values()];
}

/** A suggestion becomes a relation, or more evidence of the same relation already recorded. */
export function acceptRelationSuggestion(
  view: NotebookView,
  articleId: Article['id'],
  candidateId: string,
): NotebookChange & { relationId: RelationId } {
  const candidate = requireCandidate(view, articleId, candidateId);
  const evidence = {
    articleId,
    start: candidate.evidence.start,
    end: candidate.evidence.end,
    quote: candidate.evidence.text,
  };
  const fields = { type: candidate.type, from: candidate.from.id, to: candidate.to.id };
  const key = identity({ ...fields, directed: true });
  const same = view.relationsFile.relations.find((r) => identity(r) === key);
  if (same !== undefined)
    return { ...addRelationEvidence(view, same.id, evidence), relationId: same.id };
  return createRelation(view, fields, [evidence]);
}

export function rejectRelationSuggestion(
  view: NotebookView,
  articleId: Article['id'],
  candidateId: string,
): NotebookChange {
  const candidate = requireCandidate(view, articleId, candidateId);
  const file = view.relationsFile;
  return {
    label: `Reject the relation ${candidate.from.name} ${candidate.type} ${candidate.to.name}`,
    relations: {
      ...file,
      rejectedSuggestions: [
        ...file.rejectedSuggestions,
        {
          articleId,
          start: candidate.evidence.start,
          end: candidate.evidence.end,
          type: candidate.type,
          from: candidate.from.id,
          to: candidate.to.id,
        },
      ],
    },
  };
}

function requireCandidate(
  view: NotebookView,
  articleId: Article['id'],
  candidateId: string,
): RelationCandidateView {
  const candidate = relationSuggestions(view, requireArticle(view, articleId)).find(
    (c) => c.candidateId === candidateId,
  );
  if (candidate === undefined)
    throw new DossierError('not-found', 'That relation suggestion is no longer open.');
  return candidate;
}
