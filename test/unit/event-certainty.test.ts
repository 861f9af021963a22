import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../../electron/core/suggest/event-certainty.ts';
import { notebookWithArticle } from '../support/notebook-with-article.ts';

const day = (iso: string) => ({ text: iso, start: iso, end: iso, precision: 'day' as const });

describe('the certainty a suggested event carries into the brief', () => {
  it('is confirmed for what the outlet itself says happened', () => {
    expect(
      certaintyOf(
        'Real Madrid signed Endrick from Palmeiras on Friday.',
        'Real Madrid signs Endrick from Palmeiras',
        'other',
        day('2024-07-05'),
        '2024-07-06',
      ),
    ).toBe('confirmed');
  });

  it("is reported for what the outlet passes on from someone else's word", () => {
    expect(
      certaintyOf(
        'The rocket lifted off and released the satellite about an hour later, Arianespace said.',
        'Rocket lifts off',
        'other',
        null,
        '2025-08-13',
      ),
    ).toBe('reported');
    expect(
      certaintyOf(
        'Pereira said the club had rejected a higher offer from Chelsea in January.',
        'Club rejects a higher offer from Chelsea',
        'statement',
        null,
        null,
      ),
    ).toBe('reported');
  });

  it('is confirmed when the saying is only inside a relative clause, about what it names', () => {
    const title = 'Treasury imposes sanctions on 35 companies';
    expect(
      certaintyOf(
        'The Treasury on Monday imposed sanctions on 35 companies that it said shipped oil to China.',
        title,
        'sanction',
        null,
        null,
      ),
    ).toBe('confirmed');
    expect(
      certaintyOf(
        'Sanctions were imposed on 35 companies which shipped oil to China, the Treasury said.',
        title,
        'sanction',
        null,
        null,
      ),
    ).toBe('reported');
  });

  it('is confirmed for a statement, whose saying is what happened, unless it is hearsay', () => {
    const wrong = 'Sitharaman says the ruling was wrong';
    expect(
      certaintyOf(
        'Sitharaman said on Friday that the ruling was wrong.',
        wrong,
        'statement',
        null,
        null,
      ),
    ).toBe('confirmed');
    expect(
      certaintyOf(
        'Sitharaman reportedly told aides that the ruling was wrong.',
        wrong,
        'statement',
        null,
        null,
      ),
    ).toBe('reported');
  });

  it('is likely for what is planned or expected, or dated after publication', () => {
    expect(
      certaintyOf(
        'Endrick is expected to undergo a medical in Madrid.',
        'Endrick expected to undergo a medical in Madrid',
        'other',
        null,
        null,
      ),
    ).toBe('likely');
    const meet = 'Ministers meet in Tokyo';
    expect(certaintyOf('The ministers will meet in Tokyo.', meet, 'meeting', null, null)).toBe(
      'likely',
    );
    expect(
      certaintyOf(
        'The ministers meet in Tokyo on March 16.',
        meet,
        'meeting',
        day('2021-03-16'),
        '2021-03',
      ),
    ).toBe('confirmed');
    expect(
      certaintyOf(
        'The ministers meet in Tokyo on March 16.',
        meet,
        'meeting',
        day('2021-03-16'),
        '2021-03-12',
      ),
    ).toBe('likely');
  });

  it('reads a plan or a hedge only up to the verb the title is made of', () => {
    expect(
      certaintyOf(
        'The ministry opposed the decision and would take measures to protect its firms.',
        'Ministry opposes the decision',
        'other',
        null,
        null,
      ),
    ).toBe('confirmed');
    expect(
      certaintyOf(
        'The union called a strike, which could halt the port.',
        'Union calls a strike',
        'other',
        null,
        null,
      ),
    ).toBe('confirmed');
  });

  it('is possible for what the sentence hedges', () => {
    expect(
      certaintyOf(
        'The plant may close in March, the union said.',
        'Plant may close',
        'other',
        null,
        null,
      ),
    ).toBe('possible');
  });

  it('goes with an accepted suggestion and prefills the form of a selection', async () => {
    const text =
      'Antony Blinken met Lloyd Austin in Tokyo on March 12.\n\nBlinken will visit Seoul on March 18.';
    const { api, service, id } = await notebookWithArticle(text);
    const candidates = await api.listEventSuggestions({ articleId: id });
    const visit = candidates.find((c) => c.evidence.text.startsWith('Blinken will visit'));
    expect(visit?.certainty).toBe('likely');
    await api.acceptEventSuggestion({ articleId: id, candidateId: visit!.candidateId });
    const events = await api.listEvents({});
    expect(events.map((e) => e.certainty)).toEqual(['likely']);
    const start = text.indexOf('met Lloyd');
    const draft = await api.draftEvent({
      articleId: id,
      start,
      end: start + 16,
      quote: 'met Lloyd Austin',
    });
    expect(draft.certainty).toBe('confirmed');
    await service.close();
  });
});
