import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import type { PdfPrinter } from '../briefing/pdf.ts';
import type { ServiceContext } from './service-context.ts';

/** Briefings (issue 6): editing, preview and exports (electron/core/briefing). */
export function briefingHandlers(ctx: ServiceContext, pdfPrinter: () => PdfPrinter | null) {
  const { store } = ctx;
  return {
    async listBriefings(
      _input: ApiParsedInput<'listBriefings'>,
    ): Promise<ApiOutputs['listBriefings']> {
      const { briefings, lastEditedBriefingId } = store.briefingsFile;
      return briefings.map((b) => ({
        id: b.id,
        title: b.title,
        author: b.author,
        date: b.date,
        sectionCount: b.sections.length,
        lastEdited: b.id === lastEditedBriefingId,
      }));
    },

    async getBriefing(input: ApiParsedInput<'getBriefing'>): Promise<ApiOutputs['getBriefing']> {
      const { requireBriefing } = await import('../briefing/briefing-edits.ts');
      return requireBriefing(store, input.id);
    },

    async createBriefing(
      input: ApiParsedInput<'createBriefing'>,
    ): Promise<ApiOutputs['createBriefing']> {
      const [edits, { localToday }] = await Promise.all([
        import('../briefing/briefing-edits.ts'),
        import('../briefing/dates.ts'),
      ]);
      const { briefingId } = await ctx.applyChange(() =>
        edits.createBriefing(store, input.title, localToday()),
      );
      return { id: briefingId, ...ctx.state() };
    },

    async updateBriefing(
      input: ApiParsedInput<'updateBriefing'>,
    ): Promise<ApiOutputs['updateBriefing']> {
      const edits = await import('../briefing/briefing-edits.ts');
      const { id, ...edit } = input;
      await ctx.applyChange(() => edits.updateBriefing(store, id, edit));
      return { briefing: edits.requireBriefing(store, id), ...ctx.state() };
    },

    async deleteBriefing(
      input: ApiParsedInput<'deleteBriefing'>,
    ): Promise<ApiOutputs['deleteBriefing']> {
      const edits = await import('../briefing/briefing-edits.ts');
      await ctx.applyChange(() => edits.deleteBriefing(store, input.id));
      return ctx.state();
    },

    async renderBriefing(
      input: ApiParsedInput<'renderBriefing'>,
    ): Promise<ApiOutputs['renderBriefing']> {
      const [
        { briefingDocument },
        { briefingMarkdown },
        { briefingHtmlFragment },
        { briefingOrDefault },
      ] = await Promise.all([
        import('../briefing/exports.ts'),
        import('../briefing/markdown.ts'),
        import('../briefing/html.ts'),
        import('../briefing/briefing-edits.ts'),
      ]);
      const doc = briefingDocument(store, input.id);
      return {
        title: doc.title,
        markdown: briefingMarkdown(doc),
        html: briefingHtmlFragment(doc),
        sections: briefingOrDefault(store, input.id).sections,
        leftOut: doc.leftOut,
      };
    },

    async exportBriefing(
      input: ApiParsedInput<'exportBriefing'>,
    ): Promise<ApiOutputs['exportBriefing']> {
      const { exportNotebook } = await import('../briefing/exports.ts');
      const files = await exportNotebook(store, input, pdfPrinter() ?? undefined);
      return {
        files: files.map((file) =>
          typeof file.bytes === 'string'
            ? { name: file.name, mediaType: file.mediaType, encoding: 'utf8', content: file.bytes }
            : {
                name: file.name,
                mediaType: file.mediaType,
                encoding: 'base64',
                content: Buffer.from(file.bytes).toString('base64'),
              },
        ),
      };
    },
  } satisfies Partial<NotebookHandlers>;
}
