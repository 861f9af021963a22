import type { ArticleId, EntityId } from '../../../electron/common/api/contract.ts';
import { acceptAllReport } from '../../../electron/common/model/accept-threshold.ts';
import { plural } from '../../annotate/entity-types.ts';
import { clip } from './marks.ts';
import type { PopoverActions } from './popover/popover-actions.ts';
import type { AcceptAs, SuggestionGroup } from './SidePanel.tsx';
import { useReaderCommand } from './useReaderCommand.ts';

/**
 * What the Reader does with its annotations: the popover's actions on one mention, suggestion
 * or highlight, and the side panel's on a group of suggestions or all of them. Each is one
 * undoable command whose toast says what it did.
 */
export function useAnnotationActions({
  articleId: id,
  closePopover,
  onOpenEntity,
}: {
  articleId: ArticleId;
  /** Close the popover; `returnFocus` false when the focus goes elsewhere. */
  closePopover: (returnFocus?: boolean) => void;
  onOpenEntity: (id: EntityId) => void;
}) {
  const { attempt } = useReaderCommand();

  const actions: PopoverActions = {
    openEntity: (entityId) => {
      closePopover(false);
      onOpenEntity(entityId);
    },
    relink: (mark, target, allowTypeChange) => {
      closePopover(false);
      void attempt('relinkMention', {
        articleId: id,
        mentionId: mark.id,
        target,
        ...(allowTypeChange === true && { allowTypeChange }),
      });
    },
    acceptAs: (mark, as) => {
      const s = mark.suggestion;
      closePopover();
      void attempt('acceptSuggestionGroup', {
        items: [{ articleId: id, start: s.start, end: s.end }],
        ...as,
      });
    },
    removeMention: (mark) => {
      closePopover();
      void attempt('removeMention', { articleId: id, mentionId: mark.id });
    },
    accept: (mark, scope) => {
      const s = mark.suggestion;
      closePopover();
      const input =
        scope === 'one'
          ? { articleId: id, start: s.start, end: s.end }
          : scope === 'article'
            ? { articleId: id, text: s.text }
            : { text: s.text };
      void attempt('acceptSuggestions', input, (result) =>
        scope === 'one'
          ? `Accepted “${s.text}”`
          : `Accepted ${plural(result.accepted, 'suggestion')} of “${s.text}”`,
      );
    },
    reject: (mark, everywhere) => {
      const s = mark.suggestion;
      closePopover();
      void attempt(
        'rejectSuggestion',
        { articleId: id, start: s.start, end: s.end, everywhere },
        () => (everywhere ? `“${s.text}” will not be suggested again` : `Rejected “${s.text}”`),
      );
    },
    saveComment: (mark, comment) => {
      void attempt('editHighlight', { articleId: id, highlightId: mark.id, comment });
    },
    removeHighlight: (mark) => {
      closePopover();
      void attempt('removeHighlight', { articleId: id, highlightId: mark.id });
    },
    gradeHighlight: (mark, credibility) =>
      attempt(
        'gradeHighlight',
        { articleId: id, highlightId: mark.id, credibility },
        () => `Graded “${clip(mark.quote, 40)}” ${credibility ?? 'ungraded'}`,
      ),
  };

  const itemsOf = (group: SuggestionGroup) =>
    group.items.map(({ start, end }) => ({ articleId: id, start, end }));

  const acceptGroup = (group: SuggestionGroup, as: AcceptAs = {}) =>
    void attempt(
      'acceptSuggestionGroup',
      { items: itemsOf(group), ...as },
      (result) => `Accepted ${plural(result.accepted, 'suggestion')} of “${group.text}”`,
    );

  const rejectGroup = (group: SuggestionGroup) =>
    void attempt(
      'rejectSuggestionGroup',
      { items: itemsOf(group) },
      () => `Rejected “${group.text}” in this article`,
    );

  // Ambiguous suggestions, and those below the threshold, stay open for the analyst.
  const acceptAll = (minConfidence: number) =>
    void attempt('acceptSuggestions', { articleId: id, minConfidence }, (result) =>
      acceptAllReport(result, minConfidence, ' in this article'),
    );

  return { actions, acceptGroup, rejectGroup, acceptAll };
}
