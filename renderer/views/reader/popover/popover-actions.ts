import type { Credibility, EntityId } from '../../../../electron/common/api/contract.ts';
import type { Mark } from '../marks.ts';
import type { MarkTarget } from '../SelectionToolbar.tsx';

/** Where the popover stands, for which mark. */
export interface PopoverState {
  key: string;
  top: number;
  left: number;
  /** Open the highlight's comment editor at once (a new highlight). */
  editing?: boolean;
}

/** What the popover's buttons do: the Reader's annotation commands. */
export interface PopoverActions {
  openEntity: (id: EntityId) => void;
  relink: (mark: Mark & { kind: 'mention' }, target: MarkTarget, allowTypeChange?: boolean) => void;
  removeMention: (mark: Mark & { kind: 'mention' }) => void;
  accept: (mark: Mark & { kind: 'suggestion' }, scope: 'one' | 'article' | 'everywhere') => void;
  /** Accept one suggestion as another type, or filed under a chosen entity (which Kim?). */
  acceptAs: (
    mark: Mark & { kind: 'suggestion' },
    as: { type: string } | { entityId: EntityId } | { name: string },
  ) => void;
  reject: (mark: Mark & { kind: 'suggestion' }, everywhere: boolean) => void;
  saveComment: (mark: Mark & { kind: 'highlight' }, comment: string) => void;
  removeHighlight: (mark: Mark & { kind: 'highlight' }) => void;
  gradeHighlight: (
    mark: Mark & { kind: 'highlight' },
    credibility: Credibility | null,
  ) => Promise<unknown>;
}
