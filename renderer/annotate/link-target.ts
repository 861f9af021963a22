import type { EntityId, EntityLabel, LinkCandidate } from '../../electron/common/api/contract.ts';
import { typeLabel } from './entity-types.ts';

/** How to file a suggestion under a candidate: its entity, or the name it goes by in the text. */
export function linkTarget(candidate: LinkCandidate): { entityId: EntityId } | { name: string } {
  return candidate.entityId !== undefined
    ? { entityId: candidate.entityId }
    : { name: candidate.name };
}

/** The question before linking words of one type to an entity of another. */
export function typeChangeQuestion(
  entity: Pick<EntityLabel, 'name' | 'type'>,
  type: string,
  count = 1,
): string {
  const what = (t: string) => {
    const label = typeLabel(t).toLowerCase();
    return `${/^[aeiou]/u.test(label) ? 'an' : 'a'} ${label}`;
  };
  const words =
    count === 1
      ? `this ${typeLabel(type).toLowerCase()} mention`
      : `these ${count} ${typeLabel(type).toLowerCase()} suggestions`;
  return `${entity.name} is ${what(entity.type)}; link ${words} to it anyway?`;
}

/** The entity a suggestion will join, in words: "→ Sung Kim", "→ Lloyd Austin (new)", "which Kim?". */
export function targetText(s: {
  text: string;
  entityId?: unknown;
  entityName?: string;
  candidates?: readonly LinkCandidate[];
}): string {
  if (s.candidates !== undefined) {
    return `which ${s.text}? ${s.candidates.map((c) => c.name).join(' or ')}`;
  }
  return `→ ${s.entityName ?? s.text}${s.entityId === undefined ? ' (new)' : ''}`;
}
