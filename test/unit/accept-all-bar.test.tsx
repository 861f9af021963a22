// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../electron/common/api/contract.ts';
import { AcceptAllBar } from '../../renderer/views/reader/AcceptAllBar.tsx';
import { groupSuggestions } from '../../renderer/views/reader/SidePanel.tsx';
import { acceptThreshold, setAcceptThreshold } from '../../renderer/state/accept-threshold.ts';

afterEach(() => {
  cleanup();
  setAcceptThreshold(0.8);
});

function suggestion(text: string, confidence: number, more: Partial<Suggestion> = {}): Suggestion {
  return {
    start: 0,
    end: text.length,
    text,
    type: 'location',
    source: 'recognizer',
    origin: 'model',
    confidence,
    ...more,
  };
}

describe('Accept all’s threshold in the side panel (issue 15)', () => {
  const open = [
    suggestion('Oslo', 0.96),
    suggestion('Stagecoach', 0.95),
    suggestion('Brightwell', 0.76),
    suggestion('Harbour Authority', 0.68),
    suggestion('Kim', 0.9, { candidates: [{ name: 'Sung Kim' }, { name: 'Jinmyung Kim' }] }),
  ];

  it('shows the threshold and what Accept all will do, and accepts at what the analyst sets', () => {
    const onAcceptAll = vi.fn();
    render(<AcceptAllBar suggestions={open} readOnly={false} onAcceptAll={onAcceptAll} />);
    const threshold = screen.getByRole('combobox', {
      name: 'Accept all at or above this confidence',
    });
    expect((threshold as HTMLSelectElement).value).toBe('0.8');
    // The ambiguous "Kim" is never counted as one to accept.
    expect(screen.getByText('2 to accept · 2 below 80% stay for review')).toBeTruthy();

    fireEvent.change(threshold, { target: { value: '0.95' } });
    expect(screen.getByText('2 to accept · 2 below 95% stay for review')).toBeTruthy();
    fireEvent.change(threshold, { target: { value: '0.7' } });
    expect(screen.getByText('3 to accept · 1 below 70% stay for review')).toBeTruthy();
    expect(acceptThreshold()).toBe(0.7);
    expect(localStorage.getItem('dossier.acceptThreshold')).toBe('0.7');

    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(onAcceptAll).toHaveBeenCalledWith(0.7);
  });

  it('cannot be pressed when nothing reaches the threshold', () => {
    setAcceptThreshold(0.95);
    render(
      <AcceptAllBar
        suggestions={[suggestion('Brightwell', 0.76)]}
        readOnly={false}
        onAcceptAll={() => {}}
      />,
    );
    expect(screen.getByText('0 to accept · 1 below 95% stay for review')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Accept all' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe('a dateline in capitals in the side panel (issue 15)', () => {
  it('is one group with the story’s place, named as the story writes it', () => {
    const groups = groupSuggestions([
      suggestion('MADRID', 0.96, { entityName: 'Madrid' }),
      suggestion('Madrid', 0.68, { type: 'organization', start: 40, end: 46 }),
      suggestion('Madrid', 0.96, { start: 120, end: 126 }),
    ]);
    expect(groups.map((g) => [g.text, g.type, g.items.length])).toEqual([
      ['Madrid', 'location', 2],
      ['Madrid', 'organization', 1],
    ]);
  });
});
