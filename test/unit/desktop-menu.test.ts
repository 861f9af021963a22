import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMANDS,
  VIEWS,
  isMenuCommand,
  isMenuCommandMessage,
  isViewId,
  menuAccelerator,
  type MenuPlatform,
} from '../../electron/common/commands/menu-commands.ts';
import { menuTemplate, recentLabel, type MenuActions } from '../../electron/main/menu-template.ts';

function actions() {
  return {
    newNotebook: vi.fn<() => void>(),
    openNotebook: vi.fn<() => void>(),
    openRecent: vi.fn<(folder: string) => void>(),
    clearRecent: vi.fn<() => void>(),
    showInFileManager: vi.fn<() => void>(),
    page: vi.fn<MenuActions['page']>(),
  } satisfies MenuActions;
}

function build(platform: MenuPlatform, recent: { folder: string; title: string }[] = []) {
  const spies = actions();
  const template = menuTemplate({
    platform,
    devTools: false,
    recent,
    home: '/home/ana',
    actions: spies,
  });
  return { template, spies };
}

function all(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? all(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = all(items).find((item) => item.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

const click = (item: MenuItemConstructorOptions): void => (item.click as unknown as () => void)();

describe('the application menu', () => {
  it('has File, Edit, View and Help everywhere, and the app and Window menus on macOS', () => {
    const labels = (platform: MenuPlatform) =>
      build(platform).template.map((item) => (item.label ?? item.role ?? '').replace('&', ''));
    expect(labels('linux')).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels('win32')).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels('darwin')).toEqual(['Dossier', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it('offers every page command exactly once, and sends it to the page', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template, spies } = build(platform);
      for (const command of MENU_COMMANDS) {
        const items = all(template).filter((item) => item.id === command);
        expect(items, `${platform}: ${command}`).toHaveLength(1);
        click(items[0] as MenuItemConstructorOptions);
        expect(spies.page).toHaveBeenLastCalledWith(command);
      }
    }
  });

  it('uses each platform’s accelerators', () => {
    const accelerators = (platform: MenuPlatform) => {
      const { template } = build(platform);
      return Object.fromEntries(
        all(template)
          .filter((item) => item.id !== undefined && item.accelerator !== undefined)
          .map((item) => [item.id, item.accelerator]),
      );
    };
    const mac = accelerators('darwin');
    const win = accelerators('win32');
    const linux = accelerators('linux');
    expect(mac).toMatchObject({
      'new-notebook': 'CmdOrCtrl+N',
      'open-notebook': 'CmdOrCtrl+O',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      find: 'CmdOrCtrl+F',
      'view:library': 'Cmd+1',
      'view:briefing': 'Cmd+5',
      shortcuts: 'CmdOrCtrl+/',
      'command-palette': 'CmdOrCtrl+K',
    });
    expect(win).toMatchObject({
      redo: 'Ctrl+Y',
      'view:library': 'Alt+1',
      'view:briefing': 'Alt+5',
    });
    expect(linux).toMatchObject({ redo: 'CmdOrCtrl+Shift+Z', 'view:timeline': 'Alt+4' });
    // No two items share an accelerator.
    for (const table of [mac, win, linux]) {
      const values = Object.values(table);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(menuAccelerator('import-folder', 'linux')).toBeUndefined();
  });

  it('keeps the standard editing, zoom and window roles', () => {
    const roles = all(build('linux').template).map((item) => item.role);
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'quit',
      'about',
    ]) {
      expect(roles).toContain(role);
    }
    const macRoles = all(build('darwin').template).map((item) => item.role);
    expect(macRoles).toEqual(
      expect.arrayContaining(['about', 'hide', 'quit', 'close', 'windowMenu']),
    );
    expect(roles).not.toContain('toggleDevTools');
  });

  it('lists the recent notebooks, opens one, and clears them', () => {
    const recent = [
      { folder: '/home/ana/Research.dossier', title: 'Research' },
      { folder: '/data/R&D.dossier', title: 'R&D' },
    ];
    const { template, spies } = build('linux', recent);
    const submenu = byId(template, 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label ?? item.type)).toEqual([
      'Research — ~/Research.dossier',
      'R&&D — /data/R&&D.dossier',
      'separator',
      'Clear Recent',
    ]);
    click(byId(template, 'recent-1'));
    expect(spies.openRecent).toHaveBeenCalledWith('/data/R&D.dossier');
    click(byId(template, 'clear-recent'));
    expect(spies.clearRecent).toHaveBeenCalled();

    const empty = build('darwin').template;
    const none = byId(empty, 'open-recent').submenu as MenuItemConstructorOptions[];
    expect(none[0]).toMatchObject({ label: 'No Recent Notebooks', enabled: false });
    expect(byId(empty, 'clear-recent').enabled).toBe(false);
    expect(
      recentLabel({ folder: 'C:\\Users\\ana\\N.dossier', title: 'N' }, 'C:\\Users\\ana', 'win32'),
    ).toBe('N — ~\\N.dossier');
  });

  it('runs the notebook actions in main', () => {
    const { template, spies } = build('win32');
    click(byId(template, 'new-notebook'));
    click(byId(template, 'open-notebook'));
    click(byId(template, 'show-in-file-manager'));
    expect(spies.newNotebook).toHaveBeenCalledOnce();
    expect(spies.openNotebook).toHaveBeenCalledOnce();
    expect(spies.showInFileManager).toHaveBeenCalledOnce();
    expect(byId(template, 'show-in-file-manager').label).toBe('Show Notebook in Explorer');
  });
});

describe('menu command messages', () => {
  it('accepts only the listed commands and views', () => {
    expect(isMenuCommand('undo')).toBe(true);
    expect(isMenuCommand('rm -rf')).toBe(false);
    expect(isMenuCommandMessage({ type: 'menu-command', command: 'view:reader' })).toBe(true);
    expect(isMenuCommandMessage({ type: 'menu-command', command: 'view:settings' })).toBe(false);
    expect(isMenuCommandMessage(null)).toBe(false);
    expect(VIEWS.every(isViewId)).toBe(true);
    expect(isViewId('toString')).toBe(false);
  });
});
