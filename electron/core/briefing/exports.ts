import type { BriefingId } from '../../common/model/briefing.ts';
import { EXPORT_FORMATS } from '../../common/api/contract.ts';
import { assembleBriefing } from './assemble.ts';
import type { BriefingDocument } from './briefing-document.ts';
import { articleOrder } from './notebook-order.ts';
import { briefingOrDefault, type BriefingNotebookView } from './briefing-edits.ts';
import { briefingFiles, briefingMarkdown } from './markdown.ts';
import { notebookCsv } from './csv.ts';
import type { PdfPrinter } from './pdf.ts';
import { exportNotebookJson, type ExportableNotebook } from './notebook-json.ts';
import type { Paper } from './html.ts';
import type { EntityId } from '../../common/model/ids.ts';
import { linkChart } from '../annotate/link-chart.ts';
import { networkGexf, networkGraphml } from './network-export.ts';

/** Everything the export formats need of a notebook. NotebookStore provides it. */
export type ExportNotebook = BriefingNotebookView &
  ExportableNotebook & {
    mentionStats(id: EntityId): { mentionCount: number; articleCount: number };
  };

export { EXPORT_FORMATS };
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** A suggested file name. */
  name: string;
  mediaType: string;
  bytes: string | Uint8Array;
}

export function briefingDocument(
  notebook: BriefingNotebookView,
  id: BriefingId | undefined,
): BriefingDocument {
  return assembleBriefing(notebook, briefingOrDefault(notebook, id));
}

/** "Blinken’s trip: Asia 2021" → "blinkens-trip-asia-2021". */
export function fileSlug(title: string, fallback = 'briefing'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/**
 * A briefing (md, pdf, docx), the whole notebook (json, csv) or its network (graphml, gexf) as
 * files to save. Markdown and PDF
 * print the briefing `id`, or the default briefing; JSON and CSV hold the whole notebook.
 */
export async function exportNotebook(
  notebook: ExportNotebook,
  input: { id?: BriefingId; format: ExportFormat; paper?: Paper },
  printer?: PdfPrinter,
): Promise<ExportedFile[]> {
  switch (input.format) {
    case 'md': {
      const doc = briefingDocument(notebook, input.id);
      return [
        {
          name: `${fileSlug(doc.title)}.md`,
          mediaType: 'text/markdown',
          bytes: briefingMarkdown(doc),
        },
        ...briefingFiles(doc).map((file) => ({
          name: file.name,
          mediaType: 'image/svg+xml',
          bytes: file.svg,
        })),
      ];
    }
    case 'pdf': {
      const doc = briefingDocument(notebook, input.id);
      const { renderBriefingPdf } = await import('./pdf.ts');
      const pdf = await renderBriefingPdf(doc, {
        paper: input.paper ?? 'a4',
        ...(printer && { printer }),
      });
      return [{ name: `${fileSlug(doc.title)}.pdf`, mediaType: 'application/pdf', bytes: pdf }];
    }
    case 'docx': {
      const doc = briefingDocument(notebook, input.id);
      const { briefingDocx } = await import('./docx.ts');
      return [
        {
          name: `${fileSlug(doc.title)}.docx`,
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: await briefingDocx(doc, input.paper ?? 'a4'),
        },
      ];
    }
    case 'json':
      return [
        {
          name: `${fileSlug(notebook.title, 'notebook')}.dossier.json`,
          mediaType: 'application/json',
          bytes: await exportNotebookJson(notebook),
        },
      ];
    case 'csl':
    case 'bibtex':
    case 'ris': {
      // All the articles, or those the briefing `id` cites.
      const cited =
        input.id === undefined
          ? null
          : new Set(briefingDocument(notebook, input.id).footnotes.map((f) => f.article.articleId));
      const articles = notebook
        .listArticles()
        .filter((a) => cited === null || cited.has(a.id))
        .sort(articleOrder);
      const { references, REFERENCE_FILES } = await import('../formats/references.ts');
      const file = REFERENCE_FILES[input.format];
      return [
        {
          name: `${fileSlug(notebook.title, 'notebook')}${file.extension}`,
          mediaType: file.mediaType,
          bytes: references(input.format, articles),
        },
      ];
    }
    case 'w3c': {
      const { webAnnotations } = await import('../formats/w3c.ts');
      return [
        {
          name: `${fileSlug(notebook.title, 'notebook')}.annotations.jsonld`,
          mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
          bytes: webAnnotations(notebook),
        },
      ];
    }
    case 'brat': {
      const { bratFiles } = await import('../formats/brat.ts');
      return bratFiles(notebook).map((file) => ({
        name: file.name,
        mediaType: 'text/plain',
        bytes: file.content,
      }));
    }
    case 'csv':
      return notebookCsv(notebook).map((file) => ({
        name: file.name,
        mediaType: 'text/csv',
        bytes: file.content,
      }));
    case 'graphml':
    case 'gexf': {
      const chart = linkChart(notebook, (id) => notebook.mentionStats(id));
      return [
        {
          name: `${fileSlug(notebook.title, 'notebook')}.${input.format}`,
          mediaType:
            input.format === 'graphml' ? 'application/graphml+xml' : 'application/gexf+xml',
          bytes: input.format === 'graphml' ? networkGraphml(chart) : networkGexf(chart),
        },
      ];
    }
  }
}
