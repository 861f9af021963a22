/**
 * What a brief may link to or show, whatever it is rendered as (the HTML for the preview and
 * the PDF, html.ts; the Markdown export, markdown.ts): a link leads only to the web, to mail,
 * or to a footnote inside the brief, and any other link (javascript:, data:, vbscript:,
 * file:, a protocol-relative address) is its text alone; an image is never fetched or shown,
 * it is its description. A brief opened elsewhere then runs nothing and tells no server that
 * it was read.
 */

const SAFE_HREF = /^(?:https?:\/\/|mailto:|#)/i;

/** Whether a link may stay a link. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}
