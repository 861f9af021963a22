// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { touches } from '../../electron/common/api/change.ts';
import { CommandPalette } from '../../renderer/components/CommandPalette.tsx';
import { fakeNotebook, type Handler } from '../support/fake-notebook.tsx';

const hit = (id: string, title: string) => ({
  kind: 'article',
  id,
  title,
  snippet: `… ${title} …`,
  score: 1,
});

function openPalette(handlers: Record<string, Handler>) {
  const notebook = fakeNotebook({
    listEntities: () => [
      { id: 'e-1', name: 'Antony Blinken', type: 'person', aliases: ['Tony'], mentionCount: 3 },
    ],
    ...handlers,
  });
  const onOpenArticle = vi.fn();
  const onOpenEntity = vi.fn();
  const Wrapper = notebook.wrapper;
  render(
    <Wrapper>
      <CommandPalette
        mode="search"
        commands={[]}
        articles={[]}
        platform="linux"
        onClose={() => {}}
        onOpenArticle={onOpenArticle}
        onOpenEntity={onOpenEntity}
        onOpenTimeline={() => {}}
      />
    </Wrapper>,
  );
  const input = screen.getByRole('combobox');
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  const options = () => screen.queryAllByRole('option').map((option) => option.textContent);
  return { notebook, type, options, onOpenArticle, onOpenEntity };
}

// jsdom lays nothing out, so it has no scrolling; the palette keeps its active option in view.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('the palette’s search', () => {
  it('asks the notebook once the query settles, not at every keystroke', async () => {
    const { notebook, type, options, onOpenArticle } = openPalette({
      search: ({ query }) => ({ hits: [hit('a-1', `Talks on ${String(query)}`)], indexing: null }),
    });
    type('c');
    type('ce');
    type('cea');
    type('ceasefire');
    await waitFor(() =>
      expect(options()).toEqual(['Talks on ceasefireArticle · … Talks on ceasefire …']),
    );
    expect(notebook.callsOf('search').map((call) => call.input)).toEqual([
      { query: 'ceasefire', limit: 8, partial: true },
    ]);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(onOpenArticle).toHaveBeenCalledWith('a-1');
  });

  it('finds entities by name or alias from the registry, without a search for them', async () => {
    const { type, options, onOpenEntity } = openPalette({
      search: () => ({ hits: [], indexing: null }),
    });
    type('tony');
    await waitFor(() => expect(options()).toEqual(['Antony Blinkenperson']));
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(onOpenEntity).toHaveBeenCalledWith('e-1');
  });

  it('asks again while the index is first built, and the results grow with it', async () => {
    let indexed = 1;
    const { type, options } = openPalette({
      search: () => {
        const hits = [hit('a-1', 'Paris talks'), hit('a-2', 'Paris summit')].slice(0, indexed);
        const answer = { hits, indexing: indexed < 2 ? { indexed, total: 2 } : null };
        indexed += 1;
        return answer;
      },
    });
    type('paris');
    expect(await screen.findByText(/Indexing the articles for search/)).toBeTruthy();
    expect(options()).toHaveLength(1);
    await waitFor(() => expect(options()).toHaveLength(2), { timeout: 5000 });
    expect(screen.queryByText(/Indexing the articles for search/)).toBeNull();
  });

  it('says what went wrong when the search is refused', async () => {
    const { type } = openPalette({
      search: () => {
        throw new Error('the query is longer than 500 characters');
      },
    });
    type('x'.repeat(501));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'the query is longer than 500 characters',
      ),
    );
  });

  it('a change to the articles refreshes the shown results', async () => {
    let title = 'Old title';
    const { notebook, type, options } = openPalette({
      search: () => ({ hits: [hit('a-1', title)], indexing: null }),
    });
    type('title');
    await waitFor(() => expect(options()).toEqual(['Old titleArticle · … Old title …']));
    title = 'New title';
    notebook.changed(touches({ articles: ['a-1' as never] }));
    await waitFor(() => expect(options()).toEqual(['New titleArticle · … New title …']));
  });
});
