import type { Anchor } from '../../common/model/anchor.ts';
import type { Article } from '../../common/model/article.ts';
import type { NotebookView } from '../annotate/notebook-view.ts';

/**
 * The notebook's marks as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), in
 * JSON-LD with the standard context: an AnnotationCollection holding, for every entity mention,
 * highlight and piece of event evidence, an Annotation whose target is the article (its
 * address, or a stable URN when it has none) selected by a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector (UTF-16 offsets in the article's text). The body names
 * what the words are: the entity (identifying, its type classifying), the event (tagging, its
 * type classifying) or the analyst's comment on a highlight (commenting).
 * `import-annotations` (w3c-import.ts) reads the same shape back.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const URN = {
  notebook: 'urn:dossier:notebook:',
  article: 'urn:dossier:article:',
  entity: 'urn:dossier:entity:',
  event: 'urn:dossier:event:',
  annotation: 'urn:dossier:annotation:',
} as const;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'identifying' | 'classifying' | 'tagging' | 'commenting';
  value: string;
}
/** The entity or event a span names: an identified resource with a name. */
export interface NamedBody {
  id: string;
  name: string;
  purpose: 'identifying' | 'tagging';
}

export function articleTarget(article: Pick<Article, 'id' | 'url'>): string {
  return /^https?:\/\//i.test(article.url) ? article.url : `${URN.article}${article.id}`;
}

function annotation(
  id: string,
  motivation: string,
  article: Article,
  anchor: Anchor,
  body: (TextualBody | NamedBody)[],
) {
  return {
    id: `${URN.annotation}${id}`,
    type: 'Annotation',
    motivation,
    ...(body.length > 0 && { body }),
    target: {
      source: articleTarget(article),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: anchor.quote,
          prefix: anchor.prefix,
          suffix: anchor.suffix,
        },
        { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
      ],
    },
  };
}

export function webAnnotations(view: NotebookView & { title: string }): string {
  const items: ReturnType<typeof annotation>[] = [];
  const articles = [...view.listArticles()].sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(articles.map((article) => [article.id, article]));
  for (const article of articles) {
    for (const mention of [...article.mentions].sort((a, b) => a.start - b.start)) {
      const entity = view.getEntity(mention.entityId);
      if (entity === undefined) continue;
      items.push(
        annotation(`${article.id}:${mention.id}`, 'identifying', article, mention, [
          { id: `${URN.entity}${entity.id}`, name: entity.name, purpose: 'identifying' },
          { type: 'TextualBody', purpose: 'classifying', value: entity.type },
        ]),
      );
    }
    for (const highlight of [...article.highlights].sort((a, b) => a.start - b.start)) {
      items.push(
        annotation(
          `${article.id}:${highlight.id}`,
          highlight.comment === '' ? 'highlighting' : 'commenting',
          article,
          highlight,
          highlight.comment === ''
            ? []
            : [{ type: 'TextualBody', purpose: 'commenting', value: highlight.comment }],
        ),
      );
    }
  }
  for (const event of [...view.eventsFile.events].sort((a, b) => a.id.localeCompare(b.id))) {
    event.evidence.forEach((evidence, n) => {
      const article = byId.get(evidence.articleId);
      if (article === undefined) return;
      items.push(
        annotation(`${event.id}:evidence-${n + 1}`, 'tagging', article, evidence, [
          { id: `${URN.event}${event.id}`, name: event.title, purpose: 'tagging' },
          { type: 'TextualBody', purpose: 'classifying', value: event.type },
        ]),
      );
    });
  }
  return (
    JSON.stringify(
      {
        '@context': ANNO_CONTEXT,
        type: 'AnnotationCollection',
        label: view.title,
        total: items.length,
        first: { type: 'AnnotationPage', items },
      },
      null,
      2,
    ) + '\n'
  );
}
