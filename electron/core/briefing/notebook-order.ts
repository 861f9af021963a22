import type { Article } from '../../common/model/article.ts';
import type { DossierEvent } from '../../common/model/event.ts';

/** The order articles and events are listed in everywhere a brief or an export lists them. */

export function articleOrder(a: Article, b: Article): number {
  return (
    (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/** Timeline order: by start, then end; undated last; then title and id for stability. */
export function eventOrder(a: DossierEvent, b: DossierEvent): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  return (
    (a.date?.start ?? '').localeCompare(b.date?.start ?? '') ||
    (a.date?.end ?? '').localeCompare(b.date?.end ?? '') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}
