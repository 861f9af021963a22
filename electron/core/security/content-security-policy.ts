/**
 * The Content-Security-Policy of every page Dossier serves: the Electron window (sent by the
 * app:// protocol handler) and browser mode (sent by the HTTP server). One string, one place,
 * so the two hosts can never drift apart. It is sent as a response header, not a <meta> tag:
 * `frame-ancestors` is ignored in a <meta> CSP.
 *
 * No inline script or style, no eval, nothing from another origin; images may also be data:
 * URLs. Imported articles are untrusted: this is the second wall behind DOMPurify.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
