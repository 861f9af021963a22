/**
 * From a DOM selection in the Reader to offsets in the article's text. Every piece of text sits
 * in an element with `data-start` (its offset in the article), and every text node is exactly
 * `text.slice(start, end)` of its element, so a point (node, offset) maps back without counting
 * characters across the page: robust to nesting, and UTF-16 like the notebook.
 */

function startOf(element: Element): number | null {
  const value = element.getAttribute('data-start');
  return value === null ? null : Number(value);
}

function endOf(element: Element): number | null {
  const value = element.getAttribute('data-end');
  return value === null ? null : Number(value);
}

/** The first text offset at or after this node, searching its subtree and then what follows. */
function firstOffsetFrom(node: Node | null, root: Element, fallback: number): number {
  for (let current = node; current !== null; current = current.nextSibling) {
    if (!root.contains(current) || current === root) return fallback;
    if (current instanceof Element) {
      const own = startOf(current);
      if (own !== null) return own;
      const inner = current.querySelector('[data-start]');
      if (inner !== null) return startOf(inner) ?? fallback;
    }
  }
  const parent = node?.parentNode ?? null;
  if (parent === null || parent === root || !(parent instanceof Element)) return fallback;
  const end = endOf(parent);
  if (end !== null) return end;
  return firstOffsetFrom(parent.nextSibling, root, fallback);
}

/** The article offset of a DOM point inside `root` (the element that holds the text). */
export function pointToOffset(
  root: Element,
  node: Node,
  offset: number,
  textLength: number,
): number {
  if (node !== root && !root.contains(node)) {
    // Outside the text: the point is before it or after it.
    if (node.contains(root)) {
      const child = node.childNodes[offset] ?? null;
      if (child === null) return textLength;
      if (child === root || child.contains(root)) return 0;
      return root.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING
        ? textLength
        : 0;
    }
    return root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : textLength;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest('[data-start]');
    if (holder && root.contains(holder)) {
      return Math.min((startOf(holder) ?? 0) + offset, endOf(holder) ?? textLength);
    }
    return firstOffsetFrom(node.nextSibling, root, textLength);
  }
  if (node instanceof Element) {
    const child = node.childNodes[offset] ?? null;
    if (child === null) {
      if (node === root) return textLength;
      const end = endOf(node);
      if (end !== null) return end;
      return firstOffsetFrom(node.nextSibling, root, textLength);
    }
    return firstOffsetFrom(child, root, textLength);
  }
  return firstOffsetFrom(node.nextSibling, root, textLength);
}

/** The selection's range in the article's text, or null when it is collapsed or elsewhere. */
export function selectionOffsets(
  root: Element,
  textLength: number,
): { start: number; end: number; range: Range } | null {
  const selection = document.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, textLength);
  const end = pointToOffset(root, range.endContainer, range.endOffset, textLength);
  if (end <= start) return null;
  return { start, end, range };
}

/**
 * Puts `next` in the place of `old` (a paragraph built again with other segments) and keeps the
 * selection's ends that were in `old` at the same offsets in the text: a selection made while the
 * marks change (a suggestion arriving just after a mark) is not lost, nor its toolbar closed.
 */
export function replaceKeepingSelection(old: Element, next: Element): void {
  const selection = document.getSelection();
  const inOld = (node: Node | null): node is Node => node !== null && old.contains(node);
  if (
    selection === null ||
    selection.isCollapsed ||
    (!inOld(selection.anchorNode) && !inOld(selection.focusNode))
  ) {
    old.replaceWith(next);
    return;
  }
  const end = endOf(old) ?? 0;
  // Each end as it will be: where it was, or at its offset in the text, inside `next`.
  const kept = (node: Node, offset: number): (() => readonly [Node, number]) => {
    if (!inOld(node)) return () => [node, offset];
    const at = pointToOffset(old, node, offset, end);
    return () => pointAt(next, at);
  };
  const anchor = kept(selection.anchorNode!, selection.anchorOffset);
  const focus = kept(selection.focusNode!, selection.focusOffset);
  old.replaceWith(next);
  selection.setBaseAndExtent(...anchor(), ...focus());
}

/** The DOM point of text offset `offset` inside `element`, whose text nodes all have holders. */
function pointAt(element: Element, offset: number): readonly [Node, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const holder = node.parentElement?.closest('[data-start]');
    const start = holder ? startOf(holder) : null;
    const length = (node as Text).data.length;
    if (start !== null && offset >= start && offset <= start + length) {
      return [node, offset - start];
    }
  }
  return offset <= (startOf(element) ?? 0) ? [element, 0] : [element, element.childNodes.length];
}
