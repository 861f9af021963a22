/**
 * The commands the application menu sends to the page, in one place. Main sends
 * `{ type: 'menu-command', command }` on MENU_CHANNEL; the preload hands it to the listeners of
 * `window.dossierBridge.onMenuCommand`, and the page runs the command (the command palette and
 * the keyboard-shortcut sheet list the same ids). Nothing here imports Electron, so the preload
 * bundles it and the unit tests load it in plain Node.
 */

/** Main → page: a menu item that acts in the page was chosen. */
export const MENU_CHANNEL = 'dossier:menu';

/** The views of the page, in the order of their shortcuts (Alt+1 … Alt+8). */
export const VIEWS = [
  'library',
  'reader',
  'entities',
  'timeline',
  'briefing',
  'review',
  'chart',
  'sources',
] as const;
export type ViewId = (typeof VIEWS)[number];

export const MENU_COMMANDS = [
  /** Undo the notebook's last change, or the text field's last edit when one has the focus. */
  'undo',
  'redo',
  /** Focus the page's search / find field. */
  'find',
  'view:library',
  'view:reader',
  'view:entities',
  'view:timeline',
  'view:briefing',
  'view:review',
  'view:chart',
  'view:sources',
  'toggle-theme',
  /** Show the keyboard-shortcut sheet. */
  'shortcuts',
  /** The page calls window.dossierBridge.importWithDialog('files' | 'folder', jobId). */
  'import-files',
  'import-folder',
  'export-briefing',
  'command-palette',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuCommandMessage {
  type: 'menu-command';
  command: MenuCommand;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

export function isMenuCommandMessage(value: unknown): value is MenuCommandMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return message.type === 'menu-command' && isMenuCommand(message.command);
}

export function viewCommand(view: ViewId): MenuCommand {
  return `view:${view}`;
}

/** Menu labels, also meant for the command palette (the page keeps its own copy: it may import types only). */
export const MENU_COMMAND_LABELS: Readonly<Record<MenuCommand, string>> = {
  undo: 'Undo',
  redo: 'Redo',
  find: 'Find…',
  'view:library': 'Library',
  'view:reader': 'Reader',
  'view:entities': 'Entities',
  'view:timeline': 'Timeline',
  'view:briefing': 'Briefing',
  'view:review': 'Review',
  'view:chart': 'Link Chart',
  'view:sources': 'Sources',
  'toggle-theme': 'Toggle Theme',
  shortcuts: 'Keyboard Shortcuts',
  'import-files': 'Import Files…',
  'import-folder': 'Import Folder…',
  'export-briefing': 'Export Briefing…',
  'command-palette': 'Command Palette…',
};

export type MenuPlatform = 'darwin' | 'win32' | 'linux';

/**
 * The accelerator of each page command, in Electron's syntax, per platform. macOS uses Cmd and
 * Cmd+Shift+Z for redo, and Cmd+1…5 for the views (Option+digit types characters there);
 * Windows uses Ctrl+Y for redo; Linux Ctrl+Shift+Z.
 */
export function menuAccelerator(command: MenuCommand, platform: MenuPlatform): string | undefined {
  const mac = platform === 'darwin';
  const viewIndex = VIEWS.findIndex((view) => command === `view:${view}`);
  if (viewIndex >= 0) return `${mac ? 'Cmd' : 'Alt'}+${viewIndex + 1}`;
  switch (command) {
    case 'undo':
      return 'CmdOrCtrl+Z';
    case 'redo':
      return platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z';
    case 'find':
      return 'CmdOrCtrl+F';
    case 'toggle-theme':
      return 'CmdOrCtrl+Shift+L';
    case 'shortcuts':
      return 'CmdOrCtrl+/';
    case 'import-files':
      return 'CmdOrCtrl+I';
    case 'export-briefing':
      return 'CmdOrCtrl+E';
    case 'command-palette':
      return 'CmdOrCtrl+K';
    default:
      // import-folder: Ctrl+Shift+I is the developer tools' in development builds.
      return undefined;
  }
}
