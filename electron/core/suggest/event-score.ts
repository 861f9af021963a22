import { isHappening, isStrongType } from './event-triggers.ts';
import type { Trigger } from './event-triggers.ts';

/** 0..1: how likely the analyst accepts a candidate, by its date, its kind and who it names. */
export function scoreOf(dated: boolean, trigger: Trigger, participants: number): number {
  let score = 0.3;
  if (dated) score += 0.3;
  if (isStrongType(trigger.type)) score += 0.2;
  else if (isHappening(trigger)) score += 0.1;
  score += 0.1 * Math.min(2, participants);
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
