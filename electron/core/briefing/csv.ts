import type { NotebookView } from '../annotate/notebook-view.ts';
import type { ArticleId } from '../../common/model/ids.ts';
import { articleOrder, eventOrder } from './notebook-order.ts';

/**
 * The notebook as three CSV tables: entities.csv, mentions.csv, events.csv. RFC 4180 (CRLF
 * line ends, fields quoted when they hold a comma, quote or line break), UTF-8 with a byte
 * order mark so that spreadsheet programs read the accents right. A text cell that starts with
 * = + - @ (or a tab or carriage return) is prefixed with an apostrophe, so that a spreadsheet
 * never runs it as a formula (CSV injection). Rows come in a stable order.
 */

export interface CsvFile {
  name: 'entities.csv' | 'mentions.csv' | 'events.csv';
  content: string;
}

type Cell = string | number;

export function csvCell(value: Cell): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: string[], rows: Cell[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export function notebookCsv(view: NotebookView): CsvFile[] {
  const articles = [...view.listArticles()].sort(articleOrder);
  const mentionCounts = new Map<string, { mentions: number; articles: Set<ArticleId> }>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      const entry = mentionCounts.get(mention.entityId) ?? { mentions: 0, articles: new Set() };
      entry.mentions++;
      entry.articles.add(article.id);
      mentionCounts.set(mention.entityId, entry);
    }
  }
  const entities = [...view.registry.entities].sort(
    (a, b) =>
      a.type.localeCompare(b.type) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const name = (id: string) => view.getEntity(id as never)?.name ?? '';

  const entityRows = entities.map((entity) => [
    entity.id,
    entity.name,
    entity.type,
    entity.aliases.join('; '),
    entity.description,
    mentionCounts.get(entity.id)?.mentions ?? 0,
    mentionCounts.get(entity.id)?.articles.size ?? 0,
    entity.createdAt,
  ]);

  const mentionRows = articles.flatMap((article) =>
    [...article.mentions]
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
      .map((mention) => {
        const entity = view.getEntity(mention.entityId);
        return [
          article.id,
          article.title,
          article.published ?? '',
          mention.id,
          mention.entityId,
          entity?.name ?? '',
          entity?.type ?? '',
          mention.start,
          mention.end,
          mention.quote,
        ];
      }),
  );

  const eventRows = [...view.eventsFile.events]
    .sort(eventOrder)
    .map((event) => [
      event.id,
      event.title,
      event.type,
      event.date?.text ?? '',
      event.date?.start ?? '',
      event.date?.end ?? '',
      event.date?.precision ?? '',
      event.locationId === null ? '' : name(event.locationId),
      event.participants
        .map((p) => (p.role === '' ? name(p.entityId) : `${name(p.entityId)} (${p.role})`))
        .join('; '),
      event.certainty,
      event.tags.join('; '),
      event.notes,
      [...new Set(event.evidence.map((e) => e.articleId))].join('; '),
      event.evidence.map((e) => e.quote).join(' | '),
      event.createdAt,
    ]);

  return [
    {
      name: 'entities.csv',
      content: csvTable(
        ['id', 'name', 'type', 'aliases', 'description', 'mentions', 'articles', 'created_at'],
        entityRows,
      ),
    },
    {
      name: 'mentions.csv',
      content: csvTable(
        [
          'article_id',
          'article_title',
          'article_published',
          'mention_id',
          'entity_id',
          'entity_name',
          'entity_type',
          'start',
          'end',
          'quote',
        ],
        mentionRows,
      ),
    },
    {
      name: 'events.csv',
      content: csvTable(
        [
          'id',
          'title',
          'type',
          'date_text',
          'date_start',
          'date_end',
          'date_precision',
          'location',
          'participants',
          'certainty',
          'tags',
          'notes',
          'source_article_ids',
          'evidence',
          'created_at',
        ],
        eventRows,
      ),
    },
  ];
}
