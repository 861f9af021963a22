// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityId, EntitySummary } from '../../electron/common/api/contract.ts';
import { ChartList } from '../../renderer/views/chart/ChartList.tsx';
import { EntityList } from '../../renderer/views/entities/EntityList.tsx';

afterEach(cleanup);

const entity = (n: number): EntitySummary => ({
  id: `e-${n}` as EntityId,
  type: 'person',
  name: `Person ${n}`,
  aliases: [],
  description: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  mentionCount: 1,
  articleCount: 1,
});

function entityList(count: number) {
  const onSelect = vi.fn();
  const onToggle = vi.fn();
  render(
    <EntityList
      entities={Array.from({ length: count }, (_, n) => entity(n + 1))}
      selectedId={null}
      checked={new Set()}
      onSelect={onSelect}
      onToggle={onToggle}
    />,
  );
  const rowButton = (name: string) => screen.getByText(name).closest('button')!;
  return { onSelect, onToggle, rowButton };
}

describe('the entity list from the keyboard', () => {
  it('moves the focus and the selection with the arrows, Home and End', async () => {
    const list = entityList(3);
    list.rowButton('Person 1').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(list.onSelect).toHaveBeenLastCalledWith('e-2');
    await waitFor(() => expect(document.activeElement).toBe(list.rowButton('Person 2')));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(list.onSelect).toHaveBeenLastCalledWith('e-3');
    await waitFor(() => expect(document.activeElement).toBe(list.rowButton('Person 3')));
    // Past the last row the focus stays on it.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(list.onSelect).toHaveBeenLastCalledWith('e-3');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(list.rowButton('Person 1')));
    expect(list.onToggle).not.toHaveBeenCalled();
  });

  it('checks a row for merging with Ctrl+Space, without moving', () => {
    const list = entityList(3);
    list.rowButton('Person 2').focus();
    fireEvent.keyDown(document.activeElement!, { key: ' ', ctrlKey: true });
    expect(list.onToggle).toHaveBeenCalledWith('e-2');
    expect(list.onSelect).not.toHaveBeenCalled();
  });

  it('draws only some rows of a long list, each telling its place among all', () => {
    entityList(2_000);
    const rows = screen.getByRole('list', { name: 'Entities' }).querySelectorAll('li');
    expect(rows.length).toBeLessThan(2_000);
    for (const row of rows) expect(row.getAttribute('aria-setsize')).toBe('2000');
    expect(screen.getByRole('list', { name: 'Entities' }).style.height).toBe(`${2_000 * 52}px`);
  });
});

describe('a list beside the chart from the keyboard', () => {
  it('moves the focus between rows without pressing them', async () => {
    const onPress = vi.fn();
    render(
      <ChartList
        label="Links"
        className="chart-link-list"
        items={['a', 'b', 'c']}
        keyOf={(item) => item}
        pressed={() => false}
        onPress={onPress}
      >
        {(item) => `Link ${item}`}
      </ChartList>,
    );
    const button = (name: string) => screen.getByRole('button', { name });
    button('Link a').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(button('Link b')));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    await waitFor(() => expect(document.activeElement).toBe(button('Link a')));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(button('Link c')));
    expect(onPress).not.toHaveBeenCalled();
  });
});
