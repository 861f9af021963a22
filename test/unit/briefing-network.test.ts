import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { notebookWithArticle, span as spanIn } from '../support/notebook-with-article.ts';

const TEXT =
  "Japan's Defense Minister Nobuo Kishi met Lloyd Austin in Tokyo on March 16.\n\nKishi, a member of the Liberal Democratic Party, spoke to reporters.";
const span = (quote: string) => spanIn(TEXT, quote);
/** The exports are kept here for a person to look at (the PDF especially). */
const LOOK = join(tmpdir(), 'dossier-briefing-network');

/** Kishi met Austin, Kishi is a member of the LDP (both sourced), and a briefing with a Network. */
async function briefed() {
  const made = await notebookWithArticle(TEXT);
  const { api, id } = made;
  const mark = async (quote: string, type: string) =>
    (await api.markMention({ articleId: id, ...span(quote), target: { type } })).entityId;
  const kishi = await mark('Nobuo Kishi', 'person');
  const austin = await mark('Lloyd Austin', 'person');
  const ldp = await mark('Liberal Democratic Party', 'organization');
  await api.createRelation({
    type: 'met-with',
    from: kishi,
    to: austin,
    evidence: [{ articleId: id, ...span(TEXT.split('\n')[0]!) }],
    date: { text: 'March 16' },
  });
  await api.createRelation({
    type: 'member-of',
    from: kishi,
    to: ldp,
    evidence: [{ articleId: id, ...span('Kishi, a member of the Liberal Democratic Party') }],
  });
  const { id: briefing } = await api.createBriefing({ title: 'Tokyo' });
  await api.updateBriefing({
    id: briefing,
    sections: [{ kind: 'network', id: 'network', heading: 'Network', filter: {} }],
  });
  return { ...made, briefing };
}

/** The briefing exported as PDF or DOCX, kept in LOOK as network.pdf or network.docx. */
async function kept(
  api: Awaited<ReturnType<typeof briefed>>['api'],
  briefing: Awaited<ReturnType<typeof briefed>>['briefing'],
  format: 'pdf' | 'docx',
): Promise<Buffer> {
  const { files } = await api.exportBriefing({ id: briefing, format });
  const bytes = Buffer.from(files[0]!.content, 'base64');
  await mkdir(LOOK, { recursive: true });
  await writeFile(join(LOOK, `network.${format}`), bytes);
  return bytes;
}

describe('the Network section of a briefing', () => {
  it('writes network.svg beside the Markdown, links it, and tables the links with citations', async () => {
    const { api, briefing } = await briefed();
    const { files } = await api.exportBriefing({ id: briefing, format: 'md' });
    expect(files.map((f) => f.name)).toEqual(['tokyo.md', 'network.svg']);
    const [md, svg] = files.map((f) => f.content);
    expect(md).toContain('## Network\n\n![Network of 3 entities and 2 links](network.svg)');
    expect(md).toContain('| From | Link | To | Date | Sources |');
    expect(md).toContain(
      '| Nobuo Kishi | member-of → | Liberal Democratic Party | Undated | [^1] |',
    );
    expect(md).toContain(
      '| Nobuo Kishi | met-with | Lloyd Austin | 16\u00a0Mar\u00a02021 | [^1] |',
    );
    expect(md).toContain('[^1]: ');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const name of ['Nobuo Kishi', 'Lloyd Austin', 'Liberal Democratic Party', 'member-of'])
      expect(svg).toContain(`>${name}</text>`);
  });

  it('names an event’s links in the table, not on the picture, whose labels stay short', async () => {
    const { api, briefing, id } = await briefed();
    const [kishi, austin] = (await api.listEntities({})).filter((e) => e.type === 'person');
    const title = 'Kishi and Austin meet in Tokyo to discuss the alliance';
    await api.createEvent({
      title,
      type: 'meeting',
      participants: [
        { entityId: kishi!.id, role: '' },
        { entityId: austin!.id, role: '' },
      ],
      evidence: [{ articleId: id, ...span(TEXT.split('\n')[0]!) }],
    });
    const { files } = await api.exportBriefing({ id: briefing, format: 'md' });
    const [md, svg] = files.map((f) => f.content);
    expect(md).toContain(`| in the event ${title} |`);
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).not.toContain(title);
    expect(svg).toContain('>met-with</text>');
  });

  it('embeds the picture in the HTML and the PDF printed from it', async () => {
    const { api, briefing } = await briefed();
    const pdf = await kept(api, briefing, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { html } = await api.renderBriefing({ id: briefing });
    expect(html).toMatch(
      /<img class="network" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Network of 3 entities and 2 links">/,
    );
  });

  it('puts the picture in the Word document as a PNG, with its description', async () => {
    const { api, briefing } = await briefed();
    const bytes = await kept(api, briefing, 'docx');
    const zip = await JSZip.loadAsync(bytes);
    const pngs = zip.file(/^word\/media\/.*\.png$/);
    expect(pngs).toHaveLength(1);
    const png = await pngs[0]!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A picture of some size, not an empty one.
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('descr="Network of 3 entities and 2 links"');
    expect(document).toContain('Liberal Democratic Party');
  });

  it('is left out when there are no relations, and writes no picture', async () => {
    const { api, briefing } = await briefed();
    for (const relation of await api.listRelations({}))
      await api.deleteRelation({ id: relation.id });
    const { files } = await api.exportBriefing({ id: briefing, format: 'md' });
    expect(files.map((f) => f.name)).toEqual(['tokyo.md']);
    expect(files[0]!.content).not.toContain('## Network');
    expect(files[0]!.content).not.toContain('No relations yet');
  });

  it('is in the default briefing and new briefings once there is a network to draw', async () => {
    const { api, id } = await notebookWithArticle(TEXT);
    const kinds = async () => {
      const { id: briefing } = await api.createBriefing({});
      return (await api.getBriefing({ id: briefing })).sections.map((s) => s.kind);
    };
    const mark = async (quote: string, type: string) =>
      (await api.markMention({ articleId: id, ...span(quote), target: { type } })).entityId;
    const kishi = await mark('Nobuo Kishi', 'person');
    const austin = await mark('Lloyd Austin', 'person');
    expect(await kinds()).not.toContain('network');
    expect((await api.renderBriefing({})).markdown).not.toContain('## Network');
    await api.createRelation({ type: 'met-with', from: kishi, to: austin });
    expect(await kinds()).toEqual(['text', 'actors', 'timeline', 'network', 'sources']);
    const rendered = await api.renderBriefing({});
    expect(rendered.markdown).toContain('## Network');
    // The Briefing view starts its draft of the default briefing from these sections, so that
    // editing it keeps the Network.
    expect(rendered.sections.map((s) => s.kind)).toEqual(await kinds());
  });
});
