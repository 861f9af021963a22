import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { START_URL, externalUrl, isAppUrl } from './app-url.ts';
import { MIN_SIZE } from './window-state.ts';

export interface MainWindowOptions {
  preload: string;
  notebookTitle: string;
  devTools: boolean;
  /** Where and how large (window-state.ts placeWindow); without x and y, centred. */
  bounds: { x?: number; y?: number; width: number; height: number };
  /** The window icon (Linux and Windows; macOS uses the app bundle's). */
  icon?: string;
}

export function windowTitle(notebookTitle: string): string {
  return notebookTitle.trim() === '' ? 'Dossier' : `Dossier — ${notebookTitle}`;
}

/** The one window: the page is sandboxed, isolated, and reaches the app only through the preload. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options.bounds,
    ...(options.icon === undefined ? {} : { icon: options.icon }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: windowTitle(options.notebookTitle),
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Off for now: on Linux and Windows, Chromium's spellchecker downloads its dictionaries
      // from Google, and Dossier runs offline. To revisit with the briefing editor.
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  // The window's title is the notebook's, not the page's <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  return win;
}

export function loadApp(win: BrowserWindow): Promise<void> {
  return win.loadURL(START_URL);
}

/**
 * Applied to every webContents the app creates (app 'web-contents-created'): the page may not
 * leave app://dossier, open windows or attach a <webview>. A link that opens a new window
 * (target="_blank", window.open) to an http(s) or mailto URL opens in the system's browser or
 * mail client instead, after a check with `new URL`; any other navigation is simply blocked.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openExternally(url: string): void {
  const target = externalUrl(url);
  if (target === null) return;
  shell.openExternal(target).catch((error: unknown) => {
    console.error(`Dossier could not open ${target}: ${String(error)}`);
  });
}

/**
 * Permissions are denied by default. The one exception: the page may write plain text to the
 * clipboard (a "Copy citation" button), and only from app://dossier.
 */
export function denyPermissions(session: Session): void {
  const allowed = (permission: string, url: string | undefined): boolean =>
    permission === 'clipboard-sanitized-write' && isAppUrl(url);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    allowed(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
