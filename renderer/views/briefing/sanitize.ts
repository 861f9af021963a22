import DOMPurify from 'dompurify';

/**
 * The preview's HTML comes safe from the core (electron/core/briefing/html.ts renders no markup
 * from the text); it is sanitized again here before it enters the page: no images, scripts, styles, forms or handlers; links only to
 * http(s) and mailto (opened outside the app) or to the footnotes inside the preview.
 */
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href') ?? '';
  if (!SAFE_LINK.test(href)) {
    node.removeAttribute('href');
    return;
  }
  if (href.startsWith('#')) return;
  node.setAttribute('target', '_blank');
  node.setAttribute('rel', 'noopener noreferrer');
});

export function sanitizePreview(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: [
      'img',
      'picture',
      'video',
      'audio',
      'source',
      'svg',
      'math',
      'style',
      'script',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'link',
      'meta',
    ],
    FORBID_ATTR: ['style', 'srcset', 'src', 'action', 'formaction'],
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
  });
}
