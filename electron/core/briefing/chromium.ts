/**
 * Debian's Chromium as everything here launches it (never a downloaded one): the briefing's PDF
 * export, and the tests and the bench that drive a page. DOSSIER_CHROMIUM points elsewhere.
 */
export const CHROMIUM_PATH = process.env.DOSSIER_CHROMIUM || '/usr/bin/chromium';

/** No sandbox (it fails in containers), no GPU, and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
