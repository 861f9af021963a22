import { useEffect, useRef } from 'react';
import type { MenuCommandMessage } from '../../electron/common/commands/menu-commands.ts';
import { COMMAND_SPECS, specKeys, type Command, type CommandSpec } from './commands.ts';
import { currentPlatform, isTextField, matchesCombo, type Platform } from './keys.ts';

/**
 * The commands' keys, for the whole page. In Electron the application menu owns the keys of its
 * commands (its accelerators take the key before the page sees it, and the menu sends the
 * command), so the page answers only the keys of commands the menu does not have.
 *
 * One listener for the page, added before the first render (main.tsx calls
 * listenForCommandKeys): a key pressed while the shell renders waits for it and then runs, where
 * a listener added by the shell's effect lost it (a view key pressed right after a reload).
 */
interface Shell {
  commands: readonly Command[];
  platform: Platform;
  menuHandlesKeys: boolean;
}

let listening = false;
let shell: Shell | null = null;
/** Keys pressed before the shell first rendered; null once it has. */
let waiting: KeyboardEvent[] | null = [];

/** Which of these commands the key runs; undefined when the page leaves the key alone. */
function commandFor<T extends CommandSpec>(
  event: KeyboardEvent,
  commands: readonly T[],
  platform: Platform,
  menuHandlesKeys: boolean,
): T | undefined {
  if (event.isComposing || (!event.ctrlKey && !event.metaKey && !event.altKey)) return undefined;
  const command = commands.find((candidate) =>
    specKeys(candidate, platform).some((combo) => matchesCombo(event, combo, platform)),
  );
  if (command === undefined) return undefined;
  // A text field's own undo and redo come first.
  if (command.notInTextFields === true && isTextField(event.target)) return undefined;
  if (menuHandlesKeys && isMenuCommandId(command.id)) return undefined;
  return command;
}

function answer(event: KeyboardEvent, { commands, platform, menuHandlesKeys }: Shell): void {
  const command = commandFor(event, commands, platform, menuHandlesKeys);
  if (command === undefined) return;
  event.preventDefault();
  if (command.enabled) command.run();
}

/** Listen for the commands' keys from now on, before the shell is up (once per page). */
export function listenForCommandKeys(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    if (waiting === null) {
      if (shell !== null) answer(event, shell);
    } else if (
      commandFor(event, COMMAND_SPECS, currentPlatform(), window.dossierBridge !== undefined)
    ) {
      // Taken now (the browser's own use of the key, such as Alt+digit, stays off), run later.
      event.preventDefault();
      waiting.push(event);
    }
  });
}

export function useCommandKeys(
  commands: readonly Command[],
  platform: Platform,
  menuHandlesKeys: boolean,
): void {
  // Every render: the listener runs the latest commands (their handlers close over the current
  // state). Keys that waited run after the first render's effects, the App's focus effect
  // among them, so the view a waiting key opens gets the focus as a pressed key's view does.
  useEffect(() => {
    listenForCommandKeys();
    shell = { commands, platform, menuHandlesKeys };
    if (waiting === null) return;
    const early = waiting;
    waiting = null;
    for (const event of early) answer(event, shell);
  });
  useEffect(
    () => () => {
      shell = null;
    },
    [],
  );
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
