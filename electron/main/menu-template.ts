import type { MenuItemConstructorOptions } from 'electron';
import {
  MENU_COMMAND_LABELS,
  VIEWS,
  menuAccelerator,
  viewCommand,
  type MenuCommand,
  type MenuPlatform,
} from '../common/commands/menu-commands.ts';

/**
 * The application menu as a template. Only Electron's types are imported, so the template is
 * unit-tested in plain Node; menu.ts builds and installs it.
 */
export interface MenuActions {
  newNotebook(): void;
  openNotebook(): void;
  openRecent(folder: string): void;
  clearRecent(): void;
  showInFileManager(): void;
  /** A command the page runs: sent to it on the dossier:menu channel. */
  page(command: MenuCommand): void;
}

export interface MenuOptions {
  platform: MenuPlatform;
  devTools: boolean;
  /** The recent notebooks, most recent first. */
  recent: readonly { folder: string; title: string }[];
  /** The user's home folder, shown as ~ in the Open Recent items. */
  home: string;
  actions: MenuActions;
}

/** On Windows and Linux "&" marks a mnemonic: a literal one is written "&&". */
function literal(text: string, platform: MenuPlatform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}

/** Top-level menus get a mnemonic (Alt+F…) on Windows and Linux. */
function topLevel(label: string, platform: MenuPlatform): string {
  return platform === 'darwin' ? label : `&${label}`;
}

export function recentLabel(
  item: { folder: string; title: string },
  home: string,
  platform: MenuPlatform,
): string {
  const separator = platform === 'win32' ? '\\' : '/';
  const folder =
    home !== '' && (item.folder === home || item.folder.startsWith(home + separator))
      ? '~' + item.folder.slice(home.length)
      : item.folder;
  return literal(`${item.title} — ${folder}`, platform);
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, actions } = options;
  const mac = platform === 'darwin';
  const page = (command: MenuCommand, label = MENU_COMMAND_LABELS[command]) => {
    const item: MenuItemConstructorOptions = {
      id: command,
      label,
      click: () => actions.page(command),
    };
    const accelerator = menuAccelerator(command, platform);
    if (accelerator !== undefined) item.accelerator = accelerator;
    return item;
  };

  const recentItems: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ label: 'No Recent Notebooks', enabled: false }]
      : options.recent.map((item, index) => ({
          id: `recent-${index}`,
          label: recentLabel(item, options.home, platform),
          click: () => actions.openRecent(item.folder),
        }));

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: topLevel('File', platform),
    submenu: [
      {
        id: 'new-notebook',
        label: 'New Notebook…',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.newNotebook(),
      },
      {
        id: 'open-notebook',
        label: 'Open Notebook…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openNotebook(),
      },
      {
        id: 'open-recent',
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            id: 'clear-recent',
            label: 'Clear Recent',
            enabled: options.recent.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      page('import-files'),
      page('import-folder'),
      { type: 'separator' },
      page('export-briefing'),
      { type: 'separator' },
      {
        id: 'show-in-file-manager',
        label: mac
          ? 'Show Notebook in Finder'
          : platform === 'win32'
            ? 'Show Notebook in Explorer'
            : 'Show Notebook in File Manager',
        click: () => actions.showInFileManager(),
      },
      { type: 'separator' },
      // macOS: Quit lives in the app menu; Close Window (Cmd+W) here.
      mac ? { role: 'close' } : { role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: topLevel('Edit', platform),
    submenu: [
      // The page decides: the notebook's undo (through the API), or the text field's own.
      page('undo'),
      page('redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as MenuItemConstructorOptions] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      page('find'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: topLevel('View', platform),
    submenu: [
      page('command-palette'),
      { type: 'separator' },
      ...VIEWS.map((name) => page(viewCommand(name))),
      { type: 'separator' },
      page('toggle-theme'),
      { type: 'separator' },
      { role: 'resetZoom', label: 'Actual Size' },
      { role: 'zoomIn' },
      // Ctrl+= as well as Ctrl+Plus: on most keyboards "+" needs Shift.
      {
        role: 'zoomIn',
        accelerator: 'CmdOrCtrl+=',
        visible: false,
        acceleratorWorksWhenHidden: true,
      },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools
        ? ([
            { type: 'separator' },
            { role: 'reload' },
            { role: 'toggleDevTools' },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: topLevel('Help', platform),
    role: 'help',
    submenu: [
      page('shortcuts'),
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { role: 'about', label: 'About Dossier' },
          ] as MenuItemConstructorOptions[])),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: 'Dossier',
    submenu: [
      { role: 'about', label: 'About Dossier' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    view,
    ...(mac ? [{ id: 'window', role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    help,
  ];
}
