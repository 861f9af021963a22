import type { MenuCommand } from '../../electron/common/commands/menu-commands.ts';
import type { Platform } from './keys.ts';

/**
 * Every command of the page, in one place: the application menu (Electron), the keyboard, the
 * command palette and the shortcut sheet all read this list. The ids of the menu's commands are
 * electron/main/menu-commands.ts's (the page may import its types only, so the labels and keys
 * are restated here; they follow `MENU_COMMAND_LABELS` and `menuAccelerator`).
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

/** The view commands' keys: ⌘1…6 on macOS (Option+digit types characters there), Alt+1…6 elsewhere. */
function viewKeys(n: number) {
  return { mac: [`Mod+${n}`], windows: [`Alt+${n}`], linux: [`Alt+${n}`] } as const;
}

export const COMMAND_SPECS: readonly CommandSpec[] = [
  { id: 'command-palette', label: 'Command palette', group: 'Navigation', keys: ['Mod+K'] },
  {
    id: 'view:library',
    label: 'Go to Library',
    group: 'Navigation',
    keys: viewKeys(1),
    keywords: 'articles view',
  },
  { id: 'view:reader', label: 'Go to Reader', group: 'Navigation', keys: viewKeys(2) },
  {
    id: 'view:entities',
    label: 'Go to Entities',
    group: 'Navigation',
    keys: viewKeys(3),
    keywords: 'people organizations places',
  },
  {
    id: 'view:timeline',
    label: 'Go to Timeline',
    group: 'Navigation',
    keys: viewKeys(4),
    keywords: 'events',
  },
  { id: 'view:briefing', label: 'Go to Briefing', group: 'Navigation', keys: viewKeys(5) },
  {
    id: 'view:review',
    label: 'Go to Review',
    group: 'Navigation',
    keys: viewKeys(6),
    keywords: 'suggestions queue ambiguous accept reject',
  },
  {
    id: 'view:chart',
    label: 'Go to Link chart',
    group: 'Navigation',
    keys: viewKeys(7),
    keywords: 'relations network graph links',
  },
  {
    id: 'find',
    label: 'Find…',
    group: 'Navigation',
    keys: ['Mod+F'],
    keywords: 'search filter',
  },
  {
    id: 'undo',
    label: 'Undo',
    group: 'Editing',
    keys: ['Mod+Z'],
    notInTextFields: true,
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Editing',
    keys: {
      mac: ['Mod+Shift+Z'],
      windows: ['Ctrl+Y', 'Mod+Shift+Z'],
      linux: ['Mod+Shift+Z', 'Ctrl+Y'],
    },
    notInTextFields: true,
  },
  { id: 'paste-text', label: 'Paste text…', group: 'Editing', keywords: 'add article new' },
  {
    id: 'accept-all-suggestions',
    label: 'Accept all suggestions in this article',
    group: 'Reader',
    keywords: 'entities names',
  },
  { id: 'import-files', label: 'Import files…', group: 'Notebook', keys: ['Mod+I'] },
  { id: 'import-folder', label: 'Import folder…', group: 'Notebook' },
  {
    id: 'export-briefing',
    label: 'Export briefing…',
    group: 'Notebook',
    keys: ['Mod+E'],
    keywords: 'pdf',
  },
  {
    id: 'open-backups',
    label: 'Open backups…',
    group: 'Notebook',
    keywords: 'restore snapshot recover',
  },
  {
    id: 'toggle-theme',
    label: 'Toggle theme',
    group: 'View',
    keys: ['Mod+Shift+L'],
    keywords: 'dark light mode',
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    keys: ['Mod+/'],
    keywords: 'help keys',
  },
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
