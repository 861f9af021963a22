import type { ArticleId, EntitySummary } from '../../../electron/common/api/contract.ts';

/** What the analyst decides for a group of suggestions, in one step (one undo). */
export type Decision =
  | { kind: 'accept' }
  | { kind: 'retype'; type: string }
  | { kind: 'candidate'; index: number }
  | { kind: 'entity'; entity: EntitySummary; allowTypeChange?: boolean }
  | { kind: 'reject' };

/** A place of a group, as its check box and the left-out set know it. */
export const itemKey = (item: { articleId: ArticleId; start: number }) =>
  `${item.articleId}:${item.start}`;
