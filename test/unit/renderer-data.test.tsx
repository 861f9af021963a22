// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { touches } from '../../electron/common/api/change.ts';
import { useApi } from '../../renderer/api/api-provider.tsx';
import { useApiMutation, usePageBusy } from '../../renderer/api/use-api-mutation.ts';
import { useApiQuery } from '../../renderer/api/use-api-query.ts';
import { fakeNotebook, type Handler } from '../support/fake-notebook.tsx';

const summary = (id: string, addedAt: string, title = id) => ({ id, addedAt, title });

afterEach(cleanup);

describe('useApiQuery', () => {
  it('reads once per method and input, however many components show it', async () => {
    const notebook = fakeNotebook({ getArticle: ({ id }) => ({ id, title: `Article ${id}` }) });
    const { result } = renderHook(
      () => [
        useApiQuery('getArticle', { id: 'a' }),
        useApiQuery('getArticle', { id: 'a' }),
        useApiQuery('getArticle', { id: 'b' }),
      ],
      { wrapper: notebook.wrapper },
    );
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true));
    expect(result.current[0]!.data).toEqual({ id: 'a', title: 'Article a' });
    expect(result.current[2]!.data).toEqual({ id: 'b', title: 'Article b' });
    expect(notebook.callsOf('getArticle').map((call) => call.input)).toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
  });

  it('shows a refused read as an error with the notebook’s message', async () => {
    const notebook = fakeNotebook({});
    const { result } = renderHook(() => useApiQuery('getEntity', { id: 'x' }), {
      wrapper: notebook.wrapper,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.message).toBe('No getEntity here.');
  });
});

describe('a change refetches only what it touched', () => {
  function openNotebook() {
    let titleOfA = 'First';
    const notebook = fakeNotebook({
      info: () => ({ undoLabel: null }),
      listArticles: ({ ids }) => {
        const all = [summary('b', '2026-01-02', 'Second'), summary('a', '2026-01-01', titleOfA)];
        return ids === undefined ? all : all.filter((s) => (ids as string[]).includes(s.id));
      },
      getArticle: ({ id }) => ({ id, title: id === 'a' ? titleOfA : 'Second' }),
      listEvents: () => [],
      listBriefings: () => [],
    });
    const view = renderHook(
      () => ({
        articles: useApiQuery('listArticles', {}),
        a: useApiQuery('getArticle', { id: 'a' }),
        b: useApiQuery('getArticle', { id: 'b' }),
        events: useApiQuery('listEvents', {}),
        briefings: useApiQuery('listBriefings', {}),
      }),
      { wrapper: notebook.wrapper },
    );
    return { notebook, view, retitle: (title: string) => (titleOfA = title) };
  }

  it('a mark in one article: that article and its summary, not the whole list', async () => {
    const { notebook, view, retitle } = openNotebook();
    await waitFor(() => expect(view.result.current.briefings.isSuccess).toBe(true));
    await waitFor(() => expect(view.result.current.articles.isSuccess).toBe(true));
    notebook.calls.length = 0;

    retitle('First, marked');
    notebook.changed(touches({ articles: ['a' as never] }));

    await waitFor(() => expect(view.result.current.a.data?.title).toBe('First, marked'));
    await waitFor(() =>
      expect(view.result.current.articles.data?.map((s) => s.title)).toEqual([
        'Second',
        'First, marked',
      ]),
    );
    expect(notebook.calls.map((call) => [call.method, call.input])).toEqual(
      expect.arrayContaining([
        ['getArticle', { id: 'a' }],
        ['listArticles', { ids: ['a'] }],
      ]),
    );
    expect(notebook.callsOf('getArticle')).toHaveLength(1);
    expect(notebook.callsOf('listArticles')).toHaveLength(1);
    // Events are shown with their sources' titles, so an article change refreshes them too.
    await waitFor(() => expect(notebook.callsOf('listEvents')).toHaveLength(1));
    expect(notebook.callsOf('listBriefings')).toHaveLength(0);
  });

  it('a deleted article leaves the list; a new one joins it, newest first', async () => {
    const handlers: Record<string, Handler> = {
      listArticles: ({ ids }) =>
        ids === undefined
          ? [summary('b', '2026-01-02'), summary('a', '2026-01-01')]
          : [summary('c', '2026-01-03')],
    };
    const notebook = fakeNotebook(handlers);
    const { result } = renderHook(() => useApiQuery('listArticles', {}), {
      wrapper: notebook.wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    notebook.changed(touches({ articles: ['a' as never, 'c' as never] }));
    await waitFor(() => expect(result.current.data?.map((s) => s.id)).toEqual(['c', 'b']));
  });

  it('a briefing’s save refetches briefing reads only', async () => {
    const { notebook, view } = openNotebook();
    await waitFor(() => expect(view.result.current.briefings.isSuccess).toBe(true));
    await waitFor(() => expect(view.result.current.events.isSuccess).toBe(true));
    notebook.calls.length = 0;
    notebook.changed(touches({ briefings: true }));
    await waitFor(() => expect(notebook.callsOf('listBriefings')).toHaveLength(1));
    expect(notebook.calls.map((call) => call.method)).toEqual(['listBriefings']);
  });

  it('a restore leaves what is the window’s, not the notebook’s (the last view)', async () => {
    const notebook = fakeNotebook({ info: () => ({ undoLabel: null }) });
    let reads = 0;
    const view = renderHook(
      () => ({
        info: useApiQuery('info', {}),
        lastView: useQuery({ queryKey: ['bridge', 'lastView'], queryFn: () => ++reads }),
      }),
      { wrapper: notebook.wrapper },
    );
    await waitFor(() => expect(view.result.current.lastView.data).toBe(1));
    await waitFor(() => expect(view.result.current.info.isSuccess).toBe(true));
    notebook.changed(touches({ notebook: true }));
    await waitFor(() => expect(notebook.callsOf('info')).toHaveLength(2));
    expect(reads).toBe(1);
  });

  it('a restore refetches everything; a burst of changes refetches once', async () => {
    const { notebook, view } = openNotebook();
    await waitFor(() => expect(view.result.current.briefings.isSuccess).toBe(true));
    await waitFor(() => expect(view.result.current.b.isSuccess).toBe(true));
    notebook.calls.length = 0;
    notebook.changed(touches({ events: true }));
    notebook.changed(touches({ notebook: true }));
    notebook.changed(touches({ events: true }));
    await waitFor(() => expect(notebook.callsOf('listBriefings')).toHaveLength(1));
    expect(notebook.calls.map((call) => call.method).sort()).toEqual([
      'getArticle',
      'getArticle',
      'listArticles',
      'listBriefings',
      'listEvents',
    ]);
  });
});

describe('useApiMutation', () => {
  function mutationHarness() {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const notebook = fakeNotebook({
      deleteArticle: async ({ id }) => {
        if (id === 'gone') throw new Error('No article with id gone.');
        if (id === 'slow') await released;
        return { undoLabel: 'Delete article', redoLabel: null };
      },
      updateArticle: () => {
        throw new Error('the title is empty');
      },
    });
    const view = renderHook(
      () => ({
        run: useApiMutation().run,
        toasts: useApi().toasts,
        busy: usePageBusy(),
      }),
      { wrapper: notebook.wrapper },
    );
    return { notebook, view, release };
  }

  it('keeps the page busy meanwhile, then reports success in a toast that offers Undo', async () => {
    const { view, release } = mutationHarness();
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = view.result.current.run(
        'deleteArticle',
        { id: 'slow' },
        { describe: () => 'Deleted “Slow”', undoable: true },
      );
    });
    await waitFor(() => expect(view.result.current.busy).toBe(true));
    expect(view.result.current.toasts).toEqual([]);
    release();
    await act(() => done);
    expect(view.result.current.busy).toBe(false);
    expect(view.result.current.toasts).toEqual([
      expect.objectContaining({ kind: 'info', text: 'Deleted “Slow”', undoable: true }),
    ]);
  });

  it('reports a failure in an error toast and resolves to undefined', async () => {
    const { view } = mutationHarness();
    let result: unknown = 'not yet';
    await act(async () => {
      result = await view.result.current.run('deleteArticle', { id: 'gone' });
    });
    expect(result).toBeUndefined();
    expect(view.result.current.toasts).toEqual([
      expect.objectContaining({ kind: 'error', text: 'No article with id gone.' }),
    ]);
  });

  it('hands a failure to the caller when asked, without a toast', async () => {
    const { view } = mutationHarness();
    await act(async () => {
      await expect(
        view.result.current.run(
          'updateArticle',
          { id: 'a', metadata: { title: '' } },
          { errors: 'caller' },
        ),
      ).rejects.toThrow('the title is empty');
    });
    expect(view.result.current.toasts).toEqual([]);
  });
});
