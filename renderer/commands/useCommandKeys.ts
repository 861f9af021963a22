import { useEffect, useRef } from 'react';
import type { MenuCommandMessage } from '../../electron/common/commands/menu-commands.ts';
import { specKeys, type Command } from './commands.ts';
import { isTextField, matchesCombo, type Platform } from './keys.ts';

/**
 * The commands' keys, for the whole page. In Electron the application menu owns the keys of its
 * commands (its accelerators take the key before the page sees it, and the menu sends the
 * command), so the page answers only the keys of commands the menu does not have.
 */
export function useCommandKeys(
  commands: readonly Command[],
  platform: Platform,
  menuHandlesKeys: boolean,
): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (!event.ctrlKey && !event.metaKey && !event.altKey) return;
      for (const command of latest.current) {
        const keys = specKeys(command, platform);
        if (!keys.some((combo) => matchesCombo(event, combo, platform))) continue;
        // A text field's own undo and redo come first.
        if (command.notInTextFields === true && isTextField(event.target)) return;
        if (menuHandlesKeys && isMenuCommandId(command.id)) return;
        event.preventDefault();
        if (command.enabled) command.run();
        return;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [platform, menuHandlesKeys]);
}

const PAGE_ONLY = new Set<string>(['paste-text', 'open-backups', 'accept-all-suggestions']);

function isMenuCommandId(id: string): boolean {
  return !PAGE_ONLY.has(id);
}

/** The commands Electron's menu sends (absent in browser mode, where the bridge is absent). */
export function useMenuCommands(run: (message: MenuCommandMessage) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const bridge = window.dossierBridge;
    if (bridge?.onMenuCommand === undefined) return;
    return bridge.onMenuCommand((message) => latest.current(message));
  }, []);
}
