import { Menu } from 'electron';
import type { MenuPlatform } from '../common/commands/menu-commands.ts';
import { menuTemplate, type MenuOptions } from './menu-template.ts';

/** Builds the application menu (menu-template.ts) and installs it; call again when the recent list changes. */
export function installMenu(options: Omit<MenuOptions, 'platform'>): void {
  const platform: MenuPlatform =
    process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ ...options, platform })));
}
