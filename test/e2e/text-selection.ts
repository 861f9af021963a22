import type { Page } from '@playwright/test';

/**
 * Select `needle` (its nth occurrence) in the article's text with a DOM Range, as a drag would,
 * and release the mouse; with `until`, from the needle to the end of the next `until`. The words
 * may span marks (suggestions, mentions), as a drag over them does.
 */
export async function selectText(page: Page, needle: string, nth = 0, until = '') {
  await page.evaluate(
    ([wanted, occurrence, last]) => {
      const root = document.querySelector('.article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(node as Text);
        all += (node as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = all.indexOf(wanted, at + 1);
      if (at < 0) throw new Error(`“${wanted}” is not in the article`);
      const locate = (offset: number): [Text, number] => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          if (starts[i]! <= offset) return [nodes[i]!, offset - starts[i]!];
        }
        return [nodes[0]!, 0];
      };
      const end = last === '' ? at + wanted.length : all.indexOf(last, at) + last.length;
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(end));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [needle, nth, until] as const,
  );
}
