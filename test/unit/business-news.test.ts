import { describe, expect, it } from 'vitest';
import { notebookWithArticle } from '../support/notebook-with-article.ts';

/** The notebook's suggestions for one article, as "text:type" in the order of the text. */
async function suggested(text: string): Promise<string[]> {
  const { api, service, id } = await notebookWithArticle(text);
  try {
    const suggestions = await api.listSuggestions({ articleId: id });
    return suggestions.map((s) => `${text.slice(s.start, s.end)}:${s.type}`);
  } finally {
    await service.close();
  }
}

describe('suggestions on business news', () => {
  it('reads a company named with its legal form, and its short name later, as an organization', async () => {
    const found = await suggested(
      'Hollin Mereway Corp. said on Tuesday that quarterly revenue rose 4%. ' +
        'Shares of Hollin Mereway fell 2% after the report.',
    );
    expect(found).toContain('Hollin Mereway Corp.:organization');
    expect(found).toContain('Hollin Mereway:organization');
    expect(found.filter((f) => f.endsWith(':person'))).toEqual([]);
  });

  it('keeps a company, a job title and a name apart', async () => {
    const found = await suggested(
      'Airbus Chief Executive Guillaume Faury said the company would deliver 800 jets.',
    );
    expect(found).toEqual(['Airbus:organization', 'Guillaume Faury:person']);
  });

  it('reads the employer before a business title and a name as a company', async () => {
    const found = await suggested(
      'Then Meta CEO Mark Zuckerberg spoke. Former CEO Jack Welch agreed with ' +
        'Kestrel Partners analyst Dan Ives.',
    );
    expect(found).toEqual([
      'Meta:organization',
      'Mark Zuckerberg:person',
      'Jack Welch:person',
      'Kestrel Partners:organization',
      'Dan Ives:person',
    ]);
  });

  it('knows well-known companies that the story does not introduce', async () => {
    const found = await suggested('Glencore fell 2.5%, while Safran and Nvidia gained.');
    expect(found).toEqual(['Glencore:organization', 'Safran:organization', 'Nvidia:organization']);
  });

  it('suggests no market index and no currency as a name', async () => {
    const found = await suggested(
      'The Nasdaq Composite rose 1%, the FTSE 100 fell and the Nikkei 225 ended flat. ' +
        'Westbrook Holdings paid US$4 billion.',
    );
    expect(found).toEqual(['Westbrook Holdings:organization']);
  });

  it('reads the name of a body whole rather than the place inside it', async () => {
    const found = await suggested(
      'Governor Andrew Bailey said the Bank of England would decide on March 21.',
    );
    expect(found).toEqual(['Andrew Bailey:person', 'Bank of England:organization']);
  });
});

describe('suggestions on other news', () => {
  it('reads an acronym of the gazetteer only in capitals ("Who" is no WHO)', async () => {
    const found = await suggested('Who will pay? The WHO said on Monday it would.');
    expect(found).toEqual(['WHO:organization']);
  });

  it('reads schools, libraries and journals as organizations, not places', async () => {
    const found = await suggested(
      'He studied at Harrow School, worked at the British Library and wrote for the Medical ' +
        'Journal of Australia.',
    );
    expect(found).toEqual([
      'Harrow School:organization',
      'British Library:organization',
      'Medical Journal of Australia:organization',
    ]);
  });
});
