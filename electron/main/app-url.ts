/**
 * Where the page lives: the privileged app:// scheme with one host. Nothing here imports
 * Electron, so the checks can be unit-tested in plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether `url` belongs to the page's own origin. Node's URL gives the origin "null" for a
 * scheme it does not know, so compare the scheme and the host rather than `url.origin`.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** The URLs a link may open in the system browser or mail client; everything else is dropped. */
export function externalUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return parsed.hostname === '' ? null : parsed.href;
    }
    if (parsed.protocol === 'mailto:') return parsed.href;
    return null;
  } catch {
    return null;
  }
}
