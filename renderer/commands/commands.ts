import {
  MENU_COMMAND_LABELS,
  menuAccelerator,
  VIEWS,
  type MenuCommand,
  type MenuPlatform,
} from '../../electron/common/commands/menu-commands.ts';
import type { Platform } from './keys.ts';

/**
 * Every command of the page, in one place: the application menu (Electron), the keyboard, the
 * command palette and the shortcut sheet all read this list. The menu's commands take their
 * labels and keys from electron/common/commands/menu-commands.ts, so the two never disagree.
 */

/** Commands the page has and the menu does not. */
export type PageCommand = 'paste-text' | 'open-backups' | 'accept-all-suggestions';
export type CommandId = MenuCommand | PageCommand;

export type CommandGroup = 'Navigation' | 'Editing' | 'Notebook' | 'Reader' | 'View' | 'Help';

export interface CommandSpec {
  id: CommandId;
  /** What the palette and the sheet call it. */
  label: string;
  group: CommandGroup;
  /** Key combinations ("Mod+K"), the first one shown; per platform where they differ. */
  keys?: readonly string[] | Readonly<Record<Platform, readonly string[]>>;
  /** More words the palette's filter matches. */
  keywords?: string;
  /** Text fields keep this combination for themselves (their own undo and redo). */
  notInTextFields?: boolean;
}

const MENU_PLATFORMS: Readonly<Record<Platform, MenuPlatform>> = {
  mac: 'darwin',
  windows: 'win32',
  linux: 'linux',
};

/** Electron's accelerator ("CmdOrCtrl+Shift+Z", "Cmd+1") in the page's syntax ("Mod+Shift+Z"). */
function pageCombo(accelerator: string): string {
  return accelerator.replace(/^(CmdOrCtrl|Cmd)\+/, 'Mod+');
}

/**
 * A menu command as the page lists it: the menu's label in sentence case ("Go to …" for a
 * view), the menu's key on each platform, then any the page also accepts.
 */
function menuSpec(
  id: MenuCommand,
  group: CommandGroup,
  more: Partial<CommandSpec> & { alsoKeys?: Partial<Record<Platform, readonly string[]>> } = {},
): CommandSpec {
  const { alsoKeys = {}, ...rest } = more;
  const menuLabel = MENU_COMMAND_LABELS[id];
  const isView = (VIEWS as readonly string[]).some((view) => id === `view:${view}`);
  const label = isView
    ? `Go to ${menuLabel}`
    : menuLabel.charAt(0) + menuLabel.slice(1).toLowerCase();
  const keyOn = (platform: Platform) => {
    const accelerator = menuAccelerator(id, MENU_PLATFORMS[platform]);
    return [
      ...(accelerator === undefined ? [] : [pageCombo(accelerator)]),
      ...(alsoKeys[platform] ?? []),
    ];
  };
  const keys = { mac: keyOn('mac'), windows: keyOn('windows'), linux: keyOn('linux') };
  const none = keys.mac.length + keys.windows.length + keys.linux.length === 0;
  return { id, label, group, ...(none ? {} : { keys }), ...rest };
}

export const COMMAND_SPECS: readonly CommandSpec[] = [
  menuSpec('command-palette', 'Navigation'),
  menuSpec('view:library', 'Navigation', { keywords: 'articles view' }),
  menuSpec('view:reader', 'Navigation'),
  menuSpec('view:entities', 'Navigation', { keywords: 'people organizations places' }),
  menuSpec('view:timeline', 'Navigation', { keywords: 'events' }),
  menuSpec('view:briefing', 'Navigation'),
  menuSpec('view:review', 'Navigation', {
    keywords: 'suggestions queue ambiguous accept reject',
  }),
  menuSpec('view:chart', 'Navigation', { keywords: 'relations network graph links' }),
  menuSpec('view:sources', 'Navigation', { keywords: 'outlets reliability grades copies' }),
  menuSpec('find', 'Navigation', { keywords: 'search filter' }),
  menuSpec('undo', 'Editing', { notInTextFields: true }),
  menuSpec('redo', 'Editing', {
    notInTextFields: true,
    // Both usual redo keys off macOS; the menu shows the platform's own.
    alsoKeys: { windows: ['Mod+Shift+Z'], linux: ['Ctrl+Y'] },
  }),
  { id: 'paste-text', label: 'Paste text…', group: 'Editing', keywords: 'add article new' },
  {
    id: 'accept-all-suggestions',
    label: 'Accept all suggestions in this article',
    group: 'Reader',
    keywords: 'entities names',
  },
  menuSpec('import-files', 'Notebook'),
  menuSpec('import-folder', 'Notebook'),
  menuSpec('export-briefing', 'Notebook', { keywords: 'pdf' }),
  {
    id: 'open-backups',
    label: 'Open backups…',
    group: 'Notebook',
    keywords: 'restore snapshot recover',
  },
  menuSpec('toggle-theme', 'View', { keywords: 'dark light mode' }),
  menuSpec('shortcuts', 'Help', { keywords: 'help keys' }),
];

export function specKeys(spec: CommandSpec, platform: Platform): readonly string[] {
  const keys = spec.keys;
  if (keys === undefined) return [];
  if (Array.isArray(keys)) return keys as readonly string[];
  return (keys as Readonly<Record<Platform, readonly string[]>>)[platform];
}

/** A command the page can run now (or say why not). */
export interface Command extends CommandSpec {
  run: () => void;
  /** false: listed, but not runnable here (no article open, read-only notebook…). */
  enabled: boolean;
}

export type CommandHandlers = Record<CommandId, () => void>;

export function buildCommands(
  handlers: CommandHandlers,
  disabled: ReadonlySet<CommandId>,
): Command[] {
  return COMMAND_SPECS.map((spec) => ({
    ...spec,
    run: handlers[spec.id],
    enabled: !disabled.has(spec.id),
  }));
}

/**
 * Keys that belong to a view or a panel rather than to a command: listed on the shortcut sheet
 * next to the commands, from the same module, so the sheet stays the one place to learn them.
 */
export interface ReferenceShortcut {
  group: string;
  label: string;
  keys: readonly string[];
}

/** Opens the citation picker in a briefing's text (typing `[@` does too). */
export const CITE_COMBO = 'Mod+Shift+K';

export const REFERENCE_SHORTCUTS: readonly ReferenceShortcut[] = [
  { group: 'Navigation', label: 'Skip to the content', keys: ['Tab'] },
  { group: 'Library', label: 'Move through the articles', keys: ['ArrowUp', 'ArrowDown'] },
  { group: 'Library', label: 'Open the article', keys: ['Enter'] },
  { group: 'Library', label: 'Delete the article', keys: ['Delete'] },
  { group: 'Library', label: 'Add the pasted article', keys: ['Mod+Enter'] },
  { group: 'Reader', label: 'Mark the selection as a person', keys: ['P'] },
  { group: 'Reader', label: 'Mark the selection as an organization', keys: ['O'] },
  { group: 'Reader', label: 'Mark the selection as a location', keys: ['L'] },
  { group: 'Reader', label: 'Highlight the selection', keys: ['H'] },
  { group: 'Reader', label: 'Close the toolbar or popover', keys: ['Escape'] },
  {
    group: 'Briefing',
    label: 'Cite an entity, event, article or quote',
    keys: [CITE_COMBO],
  },
  { group: 'Review', label: 'Move through the groups', keys: ['ArrowUp', 'ArrowDown'] },
  { group: 'Review', label: 'Accept the group', keys: ['A'] },
  { group: 'Review', label: 'Reject the group', keys: ['R'] },
  { group: 'Review', label: 'Accept as a person, organization, place', keys: ['P', 'O', 'L'] },
  { group: 'Review', label: 'File under candidate 1…9', keys: ['1', '9'] },
  { group: 'Review', label: 'Link to another entity', keys: ['E'] },
  { group: 'Review', label: 'Show or hide the places', keys: ['Enter'] },
  { group: 'Timeline', label: 'Zoom in', keys: ['+'] },
  { group: 'Timeline', label: 'Zoom out', keys: ['-'] },
  { group: 'Timeline', label: 'Fit all events', keys: ['0'] },
  { group: 'Timeline', label: 'Pan', keys: ['ArrowLeft', 'ArrowRight'] },
  { group: 'Command palette', label: 'Move through the results', keys: ['ArrowUp', 'ArrowDown'] },
  { group: 'Command palette', label: 'Run or open', keys: ['Enter'] },
  { group: 'Command palette', label: 'Close', keys: ['Escape'] },
];

/** The sheet's sections, in order. */
export const SHEET_GROUPS = [
  'Navigation',
  'Editing',
  'Notebook',
  'View',
  'Library',
  'Reader',
  'Review',
  'Timeline',
  'Briefing',
  'Command palette',
  'Help',
] as const;
