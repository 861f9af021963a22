// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../electron/common/api/contract.ts';
import { useApi } from '../../renderer/api/api-provider.tsx';
import { usePageBusy } from '../../renderer/api/use-api-mutation.ts';
import { useAppCommands } from '../../renderer/commands/useAppCommands.tsx';
import type { Importer } from '../../renderer/import/useImport.ts';
import { fakeNotebook } from '../support/fake-notebook.tsx';

const nothing = () => {};
const importer: Importer = {
  job: null,
  importPicked: async () => {},
  importWithDialog: undefined,
  cancel: nothing,
  dismiss: nothing,
  onProgress: nothing,
};

/** The app's commands in the Reader, with the page's busy state and toasts shown as text. */
function Reader() {
  const { toasts } = useApi();
  const busy = usePageBusy();
  const { overlays } = useAppCommands({
    host: 'browser',
    view: 'reader',
    openId: 'a-1' as ArticleId,
    articles: [],
    readOnly: false,
    canUndo: false,
    canRedo: false,
    undo: nothing,
    redo: nothing,
    navigate: nothing,
    toggleTheme: nothing,
    openArticle: nothing,
    openEntity: nothing,
    importer,
  });
  return (
    <>
      {overlays}
      <p data-testid="busy">{busy ? 'busy' : 'idle'}</p>
      <ul>
        {toasts.map((toast) => (
          <li key={toast.id}>{`${toast.text}${toast.undoable ? ' [Undo]' : ''}`}</li>
        ))}
      </ul>
    </>
  );
}

beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('Accept all suggestions in this article', () => {
  it('runs as every write does: the page busy until it is done, a toast, Undo when it changed something', async () => {
    let finish: (accepted: number) => void = nothing;
    const notebook = fakeNotebook({
      listEntities: () => [],
      search: () => ({ hits: [], indexing: null }),
      acceptSuggestions: () =>
        new Promise((resolve) => {
          finish = (accepted) =>
            resolve({ accepted, ambiguous: 0, belowThreshold: 2, canUndo: true, canRedo: false });
        }),
    });
    const Wrapper = notebook.wrapper;
    render(
      <Wrapper>
        <Reader />
      </Wrapper>,
    );
    const acceptAll = () => {
      fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
      fireEvent.change(screen.getByRole('combobox'), { target: { value: 'accept all' } });
      fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    };

    acceptAll();
    await waitFor(() => expect(screen.getByTestId('busy').textContent).toBe('busy'));
    expect(notebook.callsOf('acceptSuggestions').map((call) => call.input)).toEqual([
      { articleId: 'a-1', minConfidence: 0.8 },
    ]);
    finish(3);
    await waitFor(() => expect(screen.getByTestId('busy').textContent).toBe('idle'));
    expect(
      screen.getByText(
        'Accepted 3 suggestions in this article; 2 below 80% left for review [Undo]',
      ),
    ).toBeTruthy();

    // Nothing to accept: nothing to undo either.
    acceptAll();
    await waitFor(() => expect(notebook.callsOf('acceptSuggestions')).toHaveLength(2));
    finish(0);
    expect(
      await screen.findByText(
        'Accepted 0 suggestions in this article; 2 below 80% left for review',
      ),
    ).toBeTruthy();
  });
});
