// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventView } from '../../electron/common/api/contract.ts';
import type { EventDraft } from '../../electron/common/model/event-candidate.ts';
import { useApi } from '../../renderer/api/api-provider.tsx';
import { EventEditor } from '../../renderer/events/EventEditor.tsx';
import type { EditorTarget } from '../../renderer/events/event-form.ts';
import { fakeNotebook, type Handler } from '../support/fake-notebook.tsx';

const ENTITIES = [
  { id: 'e-paris', name: 'Paris', type: 'location', aliases: [], mentionCount: 1 },
  { id: 'e-blinken', name: 'Antony Blinken', type: 'person', aliases: [], mentionCount: 1 },
];

const DRAFT = {
  title: 'Blinken meets Wang Yi',
  type: 'meeting',
  evidence: { start: 0, end: 40, text: 'Blinken met Wang Yi in Paris on Friday.' },
  date: null,
  location: { text: 'Paris', type: 'location', start: 23, end: 28, entityId: 'e-paris' },
  participants: [
    { text: 'Blinken', type: 'person', start: 0, end: 7, entityId: 'e-blinken', role: 'host' },
    { text: 'Wang Yi', type: 'person', start: 12, end: 19 },
  ],
} as unknown as EventDraft;

const EVENT = {
  id: 'ev-1',
  title: 'Talks in Paris',
  type: 'meeting',
  date: null,
  locationId: 'e-paris',
  location: { id: 'e-paris', name: 'Paris', type: 'location' },
  participants: [{ entityId: 'e-blinken', role: 'host' }],
  participantLabels: [{ id: 'e-blinken', name: 'Antony Blinken', type: 'person', role: 'host' }],
  certainty: 'reported',
  tags: ['diplomacy'],
  notes: '',
} as unknown as EventView;

function Toasts() {
  const { toasts } = useApi();
  return (
    <ul aria-label="Toasts">
      {toasts.map((toast) => (
        <li key={toast.id}>{`${toast.kind}: ${toast.text}${toast.undoable ? ' [Undo]' : ''}`}</li>
      ))}
    </ul>
  );
}

function openEditor(target: EditorTarget, handlers: Record<string, Handler>) {
  const notebook = fakeNotebook({ listEntities: () => ENTITIES, ...handlers });
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  const Wrapper = notebook.wrapper;
  render(
    <Wrapper>
      <EventEditor target={target} onSaved={onSaved} onCancel={onCancel} />
      <Toasts />
    </Wrapper>,
  );
  const save = () => fireEvent.click(screen.getByRole('button', { name: /^Save/ }));
  return { notebook, onSaved, onCancel, save };
}

const toastTexts = () =>
  screen.queryAllByRole('listitem').filter((item) => item.closest('[aria-label="Toasts"]'));

afterEach(cleanup);

describe('the event editor', () => {
  it('creating registers the unregistered names, then saves the event with its evidence', async () => {
    const { notebook, onSaved, save } = openEditor(
      { kind: 'create', articleId: 'a-1' as never, draft: DRAFT },
      {
        markMention: () => ({ undoLabel: 'Mark', redoLabel: null, entityId: 'e-wang' }),
        createEvent: () => ({ undoLabel: 'Add event', redoLabel: null, eventId: 'ev-9' }),
      },
    );
    expect(await screen.findByText('Wang Yi')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tags'), { target: { value: 'talks, talks, China' } });
    save();

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('ev-9'));
    expect(notebook.callsOf('markMention').map((call) => call.input)).toEqual([
      {
        articleId: 'a-1',
        start: 12,
        end: 19,
        quote: 'Wang Yi',
        target: { type: 'person', name: 'Wang Yi' },
      },
    ]);
    expect(notebook.callsOf('createEvent').map((call) => call.input)).toEqual([
      expect.objectContaining({
        title: 'Blinken meets Wang Yi',
        type: 'meeting',
        date: null,
        locationId: 'e-paris',
        participants: [
          { entityId: 'e-blinken', role: 'host' },
          { entityId: 'e-wang', role: '' },
        ],
        tags: ['talks', 'China'],
        evidence: [{ articleId: 'a-1', start: 0, end: 40, quote: DRAFT.evidence.text }],
      }),
    ]);
    await waitFor(() =>
      expect(toastTexts().map((item) => item.textContent)).toEqual(['info: Add event [Undo]']),
    );
  });

  it('editing sends only the fields that changed; no change just closes the form', async () => {
    const { notebook, onSaved, onCancel, save } = openEditor(
      { kind: 'edit', event: EVENT },
      { updateEvent: () => ({ undoLabel: 'Edit event', redoLabel: null }) },
    );
    save();
    await waitFor(() => expect(onCancel).toHaveBeenCalled());
    expect(notebook.callsOf('updateEvent')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Title'), {
      target: { value: '  Talks in Paris, day 2 ' },
    });
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('ev-1'));
    expect(notebook.callsOf('updateEvent').map((call) => call.input)).toEqual([
      { id: 'ev-1', title: 'Talks in Paris, day 2' },
    ]);
  });

  it('shows a refused date next to the date field and stays open', async () => {
    const { onSaved, save } = openEditor(
      { kind: 'edit', event: EVENT },
      {
        updateEvent: () => {
          throw new Error('The date “the 31st of February” cannot be read.');
        },
      },
    );
    fireEvent.change(screen.getByLabelText('Date, in words'), {
      target: { value: 'the 31st of February' },
    });
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The date “the 31st of February” cannot be read.');
    expect(alert.closest('.field')?.querySelector('input')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(toastTexts()).toEqual([]);
  });

  it('asks for a title before calling the notebook', async () => {
    const { notebook, save } = openEditor({ kind: 'edit', event: EVENT }, {});
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: '   ' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('Give the event a title.');
    expect(notebook.calls.map((call) => call.method)).toEqual(['listEntities']);
  });
});
