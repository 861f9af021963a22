// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePreview } from '../../renderer/views/briefing/sanitize.ts';

const SVG = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;

describe('the briefing preview', () => {
  it('shows the network picture and no other image', () => {
    expect(sanitizePreview(`<p><img class="network" src="${SVG}" alt="Network"></p>`)).toBe(
      `<p><img class="network" src="${SVG}" alt="Network"></p>`,
    );
    for (const html of [
      '<img src="https://example.com/x.png" class="network">',
      `<img src="${SVG}">`,
      '<img class="network" src="data:image/svg+xml,<svg onload=alert(1)>">',
      '<img class="network" src="data:text/html;base64,PHNjcmlwdD4=">',
    ])
      expect(sanitizePreview(html)).not.toContain('<img');
    expect(sanitizePreview(`<p src="${SVG}">x</p>`)).toBe('<p>x</p>');
  });
});
