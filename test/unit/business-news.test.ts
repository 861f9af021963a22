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

  // [what the analyst relies on, the article, every suggestion it gets]
  const cases: [string, string, string[]][] = [
    [
      'keeps a company, a job title and a name apart',
      'Airbus Chief Executive Guillaume Faury said the company would deliver 800 jets.',
      ['Airbus:organization', 'Guillaume Faury:person'],
    ],
    [
      'reads the employer before a business title and a name as a company',
      'Then Meta CEO Mark Zuckerberg spoke. Former CEO Jack Welch agreed with ' +
        'Kestrel Partners analyst Dan Ives.',
      [
        'Meta:organization',
        'Mark Zuckerberg:person',
        'Jack Welch:person',
        'Kestrel Partners:organization',
        'Dan Ives:person',
      ],
    ],
    [
      'knows well-known companies that the story does not introduce',
      'Glencore fell 2.5%, while Safran and Nvidia gained.',
      ['Glencore:organization', 'Safran:organization', 'Nvidia:organization'],
    ],
    [
      'suggests no market index and no currency as a name',
      'The Nasdaq Composite rose 1%, the FTSE 100 fell and the Nikkei 225 ended flat. ' +
        'Westbrook Holdings paid US$4 billion.',
      ['Westbrook Holdings:organization'],
    ],
    [
      'reads the name of a body whole rather than the place inside it',
      'Governor Andrew Bailey said the Bank of England would decide on March 21.',
      ['Andrew Bailey:person', 'Bank of England:organization'],
    ],
    [
      'reads an acronym of the gazetteer only in capitals ("Who" is no WHO)',
      'Who will pay? The WHO said on Monday it would.',
      ['WHO:organization'],
    ],
    [
      'reads schools, libraries and journals as organizations, not places',
      'He studied at Harrow School, worked at the British Library and wrote for the Medical ' +
        'Journal of Australia.',
      [
        'Harrow School:organization',
        'British Library:organization',
        'Medical Journal of Australia:organization',
      ],
    ],
    [
      'reads unknown companies by the words around them: a kind of body, a job at one, an airline',
      'Shares in Rightmove, the property website, rose 9%, said Ann Ode, a fund manager at ' +
        'Brenmoor Lansdown. Air India cut flights.',
      [
        'Rightmove:organization',
        'Ann Ode:person',
        'Brenmoor Lansdown:organization',
        'Air India:organization',
      ],
    ],
    [
      'suggests no storm as a person, named with its kind or alone',
      'Officials said Hurricane Milton weakened. Milton had reached Florida on Wednesday.',
      ['Florida:location'],
    ],
  ];
  it.each(cases)('%s', async (_behaviour, text, expected) => {
    expect(await suggested(text)).toEqual(expected);
  });
});
