// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  pointToOffset,
  replaceKeepingSelection,
  selectionOffsets,
} from '../../renderer/annotate/dom-offsets.ts';

// Two paragraphs as the Reader builds them (ArticleText.tsx): the first with its segments, the
// second still plain text (it gets its segments when the page is idle), each in its block.
const TEXT = 'Blinken met Lapid.\n\nThey spoke in Tirana on Monday.';

function page(): { root: HTMLElement; plain: Text; lapid: Text } {
  const root = document.createElement('div');
  root.innerHTML =
    '<div class="article-block first-screen"><p data-start="0" data-end="18">' +
    '<span class="seg mention" data-start="0" data-end="7">Blinken</span>' +
    '<span class="seg" data-start="7" data-end="12"> met </span>' +
    '<span class="seg mention" data-start="12" data-end="17">Lapid</span>' +
    '<span class="seg" data-start="17" data-end="18">.</span></p></div>' +
    '<div class="article-block"><p data-start="20" data-end="51">They spoke in Tirana on Monday.</p></div>';
  document.body.replaceChildren(root);
  const paragraphs = root.querySelectorAll('p');
  return {
    root,
    plain: paragraphs[1]!.firstChild as Text,
    lapid: paragraphs[0]!.children[2]!.firstChild as Text,
  };
}

describe('offsets of points in the Reader', () => {
  it('maps a point in a plain paragraph through the paragraph’s own offsets', () => {
    const { root, plain } = page();
    const at = (offset: number) => pointToOffset(root, plain, offset, TEXT.length);
    expect(TEXT.slice(at(14), at(20))).toBe('Tirana');
    expect(at(0)).toBe(20);
    expect(at(plain.length)).toBe(51);
  });

  it('maps points in segments and between blocks to the same text', () => {
    const { root, lapid } = page();
    expect(TEXT.slice(pointToOffset(root, lapid, 0, TEXT.length), 17)).toBe('Lapid');
    // The end of the first block, as an element point: between the paragraphs.
    const end = pointToOffset(root, root.children[0]!, 1, TEXT.length);
    expect(end).toBeGreaterThanOrEqual(18);
    expect(TEXT.slice(18, end).trim()).toBe('');
    // The root, before the second block: where its text starts.
    expect(pointToOffset(root, root, 1, TEXT.length)).toBe(20);
    expect(pointToOffset(root, root, 2, TEXT.length)).toBe(TEXT.length);
  });

  it('keeps a selection in a paragraph that is built again with other segments', () => {
    const { root, plain } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(plain, 14, plain, 23); // "Tirana on", then "Tirana" is marked
    const rebuilt = paragraph(20, ['They spoke in ', 'Tirana', ' on Monday.']);
    replaceKeepingSelection(plain.parentElement!, rebuilt);
    expect(root.contains(plain)).toBe(false);
    const kept = selectionOffsets(root, TEXT.length)!;
    expect(TEXT.slice(kept.start, kept.end)).toBe('Tirana on');
    expect(rebuilt.contains(selection.anchorNode)).toBe(true);
  });

  it('keeps the end of a backward selection that lies in the rebuilt paragraph, and the other end', () => {
    const { root, plain, lapid } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(plain, 20, lapid, 0); // from "Tirana" back to "Lapid"
    replaceKeepingSelection(
      lapid.parentElement!.parentElement!,
      paragraph(0, ['Blinken met Lapid.']),
    );
    expect(selection.anchorNode).toBe(plain);
    expect(pointToOffset(root, selection.focusNode!, selection.focusOffset, TEXT.length)).toBe(12);
    expect(pointToOffset(root, selection.anchorNode!, selection.anchorOffset, TEXT.length)).toBe(
      40,
    );
  });
});

/** A paragraph from `start` as the Reader builds it: a span for each piece, with its offsets. */
function paragraph(start: number, pieces: string[]): HTMLParagraphElement {
  const element = document.createElement('p');
  let at = start;
  for (const piece of pieces) {
    const span = document.createElement('span');
    span.className = 'seg';
    span.setAttribute('data-start', String(at));
    span.setAttribute('data-end', String((at += piece.length)));
    span.textContent = piece;
    element.append(span);
  }
  element.setAttribute('data-start', String(start));
  element.setAttribute('data-end', String(at));
  return element;
}
