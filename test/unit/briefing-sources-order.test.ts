import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { notebookWithArticle } from '../support/notebook-with-article.ts';

/**
 * The Sources table and the footnotes tell one story: a reader who looks up note n finds its
 * article in the table by that number, and the table reads in the order the notes do.
 */
describe('the Sources table of a brief', () => {
  it('lists the cited articles in the order of their notes, each with all its note numbers', async () => {
    // Published 2021 (A), 2019 (B) and 2023 (C): the order of dates is not the order of citation.
    const { api, service, id: a } = await notebookWithArticle('Talks in Tokyo went well.');
    try {
      const b = (
        await api.addText({ title: 'Early', text: 'Seoul talks.', published: '2019-01-02' })
      ).id;
      const c = (
        await api.addText({ title: 'Late', text: 'Paris talks.', published: '2023-05-06' })
      ).id;
      const { id } = await api.createBriefing({ title: 'Order' });
      await api.updateBriefing({
        id,
        sections: [
          {
            kind: 'text',
            id: 'text',
            heading: 'Summary',
            markdown: `C [@article:${c}], B's words [@quote:${b}:0-5], A [@article:${a}], B [@article:${b}].`,
          },
          { kind: 'sources', id: 'sources', heading: 'Sources', filter: {} },
        ],
      });
      const { files } = await api.exportBriefing({ id, format: 'md' });
      const markdown = files[0]!.content;
      const table = markdown.slice(markdown.indexOf('## Sources'));
      const rows = [...table.matchAll(/^\| ((?:\[\^\d+\])+) \| [^|]+ \| (\w+)/gm)].map((m) => ({
        notes: [...m[1]!.matchAll(/\d+/g)].map(Number),
        title: m[2],
      }));
      expect(rows).toEqual([
        { notes: [1], title: 'Late' },
        { notes: [2, 4], title: 'Early' },
        { notes: [3], title: 'Trip' },
      ]);
      // Each number in a row is a note on that row's article.
      for (const row of rows)
        for (const n of row.notes)
          expect(markdown).toMatch(new RegExp(`^\\[\\^${n}\\]: “${row.title},”`, 'm'));

      // Word numbers its own notes; its table reads in the same order.
      const word = await api.exportBriefing({ id, format: 'docx' });
      const zip = await JSZip.loadAsync(Buffer.from(word.files[0]!.content, 'base64'));
      const xml = await zip.file('word/document.xml')!.async('string');
      const sources = xml.slice(xml.lastIndexOf('>Sources<'));
      const at = (title: string) => sources.indexOf(`>${title}<`);
      expect(at('Late')).toBeGreaterThan(0);
      expect(at('Late')).toBeLessThan(at('Early'));
      expect(at('Early')).toBeLessThan(at('Trip'));
    } finally {
      await service.close();
    }
  });
});
