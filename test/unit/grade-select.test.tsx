// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Credibility } from '../../electron/common/model/source.ts';
import { CredibilitySelect } from '../../renderer/sources/GradeSelect.tsx';

afterEach(cleanup);

/** A save the test settles by hand: `undefined` is how a failed save resolves. */
function pendingSave() {
  let settle: (result: unknown) => void = () => {};
  const calls: (Credibility | null)[] = [];
  const onChange = (grade: Credibility | null) => {
    calls.push(grade);
    return new Promise((resolve) => (settle = resolve));
  };
  return { onChange, calls, settle: (result: unknown) => settle(result) };
}

describe('a grade picker while its save is on the way', () => {
  it('shows the grade picked, so the next step goes on from it, until the stored grade changes', async () => {
    const save = pendingSave();
    const { rerender } = render(
      <CredibilitySelect label="Credibility" value={null} onChange={save.onChange} />,
    );
    const picker = screen.getByLabelText<HTMLSelectElement>('Credibility');
    fireEvent.change(picker, { target: { value: '1' } });
    expect(picker.value).toBe('1');
    // A second step before the first save lands: from 1 to 2, not 1 again.
    fireEvent.change(picker, { target: { value: '2' } });
    expect(save.calls).toEqual([1, 2]);
    expect(picker.value).toBe('2');
    // The stored grade arrives: it is what shows from then on.
    rerender(<CredibilitySelect label="Credibility" value={2} onChange={save.onChange} />);
    expect(picker.value).toBe('2');
    rerender(<CredibilitySelect label="Credibility" value={4} onChange={save.onChange} />);
    expect(picker.value).toBe('4');
    // Undo brings back the grade the first pick was made over: the stored one shows.
    rerender(<CredibilitySelect label="Credibility" value={null} onChange={save.onChange} />);
    expect(picker.value).toBe('');
  });

  it('goes back to the stored grade when the save fails', async () => {
    const save = pendingSave();
    render(<CredibilitySelect label="Credibility" value={3} onChange={save.onChange} />);
    const picker = screen.getByLabelText<HTMLSelectElement>('Credibility');
    fireEvent.change(picker, { target: { value: '5' } });
    expect(picker.value).toBe('5');
    save.settle(undefined);
    await screen.findByDisplayValue('3: possibly true');
    expect(picker.value).toBe('3');
  });
});
