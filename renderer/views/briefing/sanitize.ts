import DOMPurify from 'dompurify';

/**
 * The preview's HTML comes safe from the core (electron/core/briefing/html.ts renders no markup
 * from the text); it is sanitized again here before it enters the page: no images (but the
 * brief's own network picture, an SVG as a data: URL, which an <img> never runs), scripts,
 * styles, forms or handlers; links only to http(s) and mailto (opened outside the app) or to the
 * footnotes inside the preview.
 */
const NETWORK_PICTURE = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/;
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;

const purifier = DOMPurify();
purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName !== 'img') return;
  const image = node as Element;
  if (
    !image.classList.contains('network') ||
    !NETWORK_PICTURE.test(image.getAttribute('src') ?? '')
  )
    image.remove();
});
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName !== 'IMG') node.removeAttribute('src');
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
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
  });
}
