import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractHtml } from '../../electron/core/import/html.ts';
import { MAX_DEPTH, parseHtml } from '../../electron/core/import/html-document.ts';

// `linkedomFails` makes the light DOM fail, so that extractHtml reads the page in jsdom, its
// fallback: the reference every light reading is compared with.
const dom = vi.hoisted(() => ({ linkedomFails: false }));
vi.mock(import('../../electron/core/import/html-document.ts'), async (importOriginal) => {
  const actual = await importOriginal();
  return {
    ...actual,
    parseHtml: (html: string) => {
      if (dom.linkedomFails) throw new Error('linkedom failed');
      return actual.parseHtml(html);
    },
  };
});

afterEach(() => {
  dom.linkedomFails = false;
  vi.restoreAllMocks();
});

async function inJsdom(html: string, name: string): ReturnType<typeof extractHtml> {
  dom.linkedomFails = true;
  try {
    return await extractHtml(html, name);
  } finally {
    dom.linkedomFails = false;
  }
}

const paragraph = (n: number): string =>
  `<p>Paragraph ${n} about the negotiations in Vienna, where the delegations met again on ` +
  'Monday, officials said, and the talks went on late into the evening with no agreement.</p>';

/** Pages whose tree only the HTML standard's parsing rules build right, and Readability's corners. */
const TRICKY: Record<string, string> = {
  'no wrapper tags': `<title>Talks\n  in   Vienna</title><h1>Talks in Vienna</h1>${paragraph(1)}${paragraph(2)}`,
  'paragraphs left open': `<!doctype html><title>x</title><div><p>First, about the talks in Vienna, which went on for a long time<p>Second, about the ministers, who said little to the press afterwards<p>Third, about the sanctions package and what comes next</div>`,
  'a table inside a paragraph (quirks mode)': `<html><body><p>Intro about the talks in Vienna, which ended with a statement.<table><tr><td>A cell about the delegations</td></tr></table>After the table, about the sanctions.</p>${paragraph(3)}`,
  'misnested formatting': `<!doctype html><div><b>Bold <i>both</b> italic</i> and a long sentence about the talks in Vienna that went on late.</div>${paragraph(4)}${paragraph(5)}`,
  'noscript markup': `<!doctype html>${paragraph(6)}<noscript><p>A noscript paragraph about Vienna, the sanctions, the ministers and more.</p></noscript>${paragraph(7)}`,
  'template content': `<!doctype html><template><p>Template text that no reading of the page shows.</p></template>${paragraph(8)}${paragraph(9)}`,
  'svg with a title': `<!doctype html><svg><title>An SVG title</title><foreignObject><p>Inside a foreign object.</p></foreignObject></svg>${paragraph(10)}${paragraph(11)}`,
  'plain hidden styles': `<!doctype html><div style="display: none">Hidden words about the ministers in Vienna.</div><div style="color: red; visibility:hidden">Invisible words.</div>${paragraph(12)}${paragraph(13)}`,
  'too little prose (Readability tries again)': `<!doctype html><div class="comment"><p>A short comment about the talks</p></div><p>Another short bit<table><tr><td>t</td></tr></table></p>`,
  'entities and a form in a table': `<!doctype html><p>AT&amp;T &lt;b&gt; &nbsp; caf&eacute; &#x1F600; &notanentity; and more about the talks.</p><table><form><tr><td>A cell in a form, about the talks in Vienna.</td></tr></form></table>${paragraph(14)}`,
  'a <title> in the body': `<!doctype html><body><h1>Talks in Vienna</h1><title>Talks   in Vienna</title>${paragraph(18)}${paragraph(19)}`,
  'headings that repeat the title': `<!doctype html><title>Talks in Vienna | Site</title><h1>Talks in Vienna</h1><h2>A subhead</h2>${paragraph(15)}${paragraph(16)}<h2>Another</h2>${paragraph(17)}`,
};

describe('HTML in the light DOM (parse5 into linkedom)', () => {
  it.each(Object.entries(TRICKY))('reads %s as jsdom does', async (name, html) => {
    const light = await extractHtml(html, `${name}.html`);
    expect(light).toEqual(await inJsdom(html, `${name}.html`));
  });

  it('reads text misplaced inside a <table> before the table, where a browser shows it', async () => {
    // jsdom 29's tree puts this text after the table (its parser hook appends it).
    const html = `<!doctype html><table>Fostered text about the talks.<tr><td>A cell</td></tr></table>${paragraph(1)}${paragraph(2)}`;
    const { text } = await extractHtml(html, 'fostered.html');
    expect(text.indexOf('Fostered text')).toBeLessThan(text.indexOf('A cell'));
  });

  it('reads a page nested 3,000 deep without <html> or <body> as blocks, never by Readability', async () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const html = `${'<div>'.repeat(3000)}<p>Text at the bottom of three thousand boxes, about the talks in Vienna.</p>`;
    const { text } = await extractHtml(html, 'nested.html');
    expect(text).toBe('Text at the bottom of three thousand boxes, about the talks in Vienna.');
    expect(parse).not.toHaveBeenCalled();
  });

  it('stops parsing a page nested deeper than any real page, whatever tags it leaves out', async () => {
    const html = `<p>${'<span>'.repeat(MAX_DEPTH + 1000)}deep`;
    expect(() => parseHtml(html)).toThrow(/nested more than 5000 elements deep/);
    await expect(extractHtml(html, 'deep.html')).rejects.toMatchObject({
      code: 'invalid-input',
      message:
        'deep.html is nested more than 5000 elements deep; no real page is, so it was not read',
    });
  });

  it('hides what a style hides in a form linkedom does not read (jsdom reads such a page)', async () => {
    const html = `<!doctype html><div style="display: none !important">Hidden, important.</div>${paragraph(1)}${paragraph(2)}`;
    const { text } = await extractHtml(html, 'styled.html');
    expect(text).toContain('Paragraph 2');
    expect(text).not.toContain('Hidden');
  });
});
