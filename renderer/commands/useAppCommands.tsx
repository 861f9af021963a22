import { useCallback, useState, type ReactNode } from 'react';
import type { ArticleId, ArticleSummary, EntityId } from '../../electron/common/api/contract.ts';
import { acceptAllReport } from '../../electron/common/model/accept-threshold.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import { CommandPalette, type PaletteMode } from '../components/CommandPalette.tsx';
import { ShortcutSheet } from '../components/ShortcutSheet.tsx';
import type { Importer } from '../import/useImport.ts';
import { acceptThreshold } from '../state/accept-threshold.ts';
import type { ViewId } from '../state/app-state.ts';
import { BackupsPanel } from '../views/backups/BackupsPanel.tsx';
import { buildCommands, type CommandHandlers, type CommandId } from './commands.ts';
import { whenShown } from './focus.ts';
import { currentPlatform, isTextField } from './keys.ts';
import { useCommandKeys, useMenuCommands } from './useCommandKeys.ts';

type Overlay = { kind: 'palette'; mode: PaletteMode } | { kind: 'sheet' } | null;

export interface AppCommandContext {
  host: 'electron' | 'browser';
  view: ViewId;
  openId: ArticleId | null;
  articles: readonly ArticleSummary[];
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  navigate: (view: ViewId) => void;
  toggleTheme: () => void;
  openArticle: (id: ArticleId) => void;
  openEntity: (id: EntityId) => void;
  importer: Importer;
}

const platform = currentPlatform();

/** The field the current view filters or searches with (Library, Entities, Timeline). */
function findField(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>(
    'main [role="search"] input[type="search"], main [role="search"] input:not([type])',
  );
}

/**
 * The page's commands, wired to the app: the keys, the menu's commands (Electron), the command
 * palette, the shortcut sheet and the backups panel. App renders `overlays` at its end and
 * `backupsPanel` above the view.
 */
export function useAppCommands(context: AppCommandContext): {
  overlays: ReactNode;
  backupsPanel: ReactNode;
  /** Open the backups panel; `confirm`: a backup id, or 'latest', to ask about restoring it. */
  openBackups: (confirm: string | null) => void;
} {
  const { host, view, openId, readOnly, navigate, importer } = context;
  const { run } = useApiMutation();
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [backups, setBackups] = useState<{ confirm: string | null; key: number } | null>(null);

  const openBackups = useCallback((confirm: string | null) => {
    setBackups((last) => ({ confirm, key: (last?.key ?? 0) + 1 }));
  }, []);

  const importFiles = useCallback(
    (kind: 'files' | 'folder') => {
      if (importer.importWithDialog !== undefined) {
        void importer.importWithDialog(kind);
        return;
      }
      // Browser mode: the Library's file inputs open the browser's own dialog.
      navigate('library');
      const label = kind === 'files' ? 'Choose files to import' : 'Choose a folder to import';
      whenShown(
        () => document.querySelector<HTMLInputElement>(`input[type="file"][aria-label="${label}"]`),
        (input) => input.click(),
      );
    },
    [importer, navigate],
  );

  const handlers: CommandHandlers = {
    undo: () => {
      // From the menu, with a text field focused: that field's own undo.
      if (isTextField(document.activeElement)) document.execCommand('undo');
      else context.undo();
    },
    redo: () => {
      if (isTextField(document.activeElement)) document.execCommand('redo');
      else context.redo();
    },
    find: () => {
      const field = findField();
      if (field !== null) {
        field.focus();
        field.select();
      } else setOverlay({ kind: 'palette', mode: 'search' });
    },
    'view:library': () => navigate('library'),
    'view:reader': () => navigate('reader'),
    'view:entities': () => navigate('entities'),
    'view:timeline': () => navigate('timeline'),
    'view:briefing': () => navigate('briefing'),
    'view:review': () => navigate('review'),
    'view:chart': () => navigate('chart'),
    'view:sources': () => navigate('sources'),
    'toggle-theme': context.toggleTheme,
    shortcuts: () => setOverlay((open) => (open?.kind === 'sheet' ? null : { kind: 'sheet' })),
    'command-palette': () =>
      setOverlay((open) =>
        open?.kind === 'palette' ? null : { kind: 'palette', mode: 'commands' },
      ),
    'import-files': () => importFiles('files'),
    'import-folder': () => importFiles('folder'),
    'export-briefing': () => {
      // The Briefing view's export buttons (one per format): the first takes the focus.
      navigate('briefing');
      whenShown(
        () =>
          document.querySelector<HTMLButtonElement>(
            'main [role="group"][aria-label="Export"] button',
          ),
        (button) => button.focus(),
      );
    },
    'paste-text': () => {
      navigate('library');
      whenShown(
        () => document.querySelector<HTMLButtonElement>('button[aria-controls="paste-panel"]'),
        (button) => {
          if (button.getAttribute('aria-expanded') !== 'true') button.click();
          whenShown(
            () => document.querySelector<HTMLInputElement>('#paste-panel input'),
            (input) => input.focus(),
          );
        },
      );
    },
    'open-backups': () => openBackups(null),
    'accept-all-suggestions': () => {
      if (openId === null) return;
      // At the threshold the side panel shows and the analyst chose there.
      const minConfidence = acceptThreshold();
      void run(
        'acceptSuggestions',
        { articleId: openId, minConfidence },
        {
          describe: (result) => acceptAllReport(result, minConfidence, ' in this article'),
          undoable: ({ accepted }) => accepted > 0,
        },
      );
    },
  };

  const disabled = new Set<CommandId>();
  if (!context.canUndo) disabled.add('undo');
  if (!context.canRedo) disabled.add('redo');
  if (readOnly) {
    for (const id of ['paste-text', 'import-files', 'import-folder'] as const) disabled.add(id);
  }
  if (view !== 'reader' || openId === null || readOnly) disabled.add('accept-all-suggestions');

  // Rebuilt every render: the handlers close over the current state; the key listener reads
  // the latest list through a ref.
  const commands = buildCommands(handlers, disabled);
  // Undo and redo stay runnable from the menu when a text field has the focus.
  const menuCommands = commands.map((command) =>
    command.id === 'undo' || command.id === 'redo' ? { ...command, enabled: true } : command,
  );

  useCommandKeys(commands, platform, host === 'electron');
  useMenuCommands((message) => {
    const command = menuCommands.find((candidate) => candidate.id === message.command);
    if (command?.enabled) command.run();
  });

  const closeOverlay = useCallback(() => setOverlay(null), []);
  const openTimeline = useCallback(() => navigate('timeline'), [navigate]);

  let overlays: ReactNode = null;
  if (overlay?.kind === 'palette') {
    overlays = (
      <CommandPalette
        key={overlay.mode}
        mode={overlay.mode}
        commands={commands}
        articles={context.articles}
        platform={platform}
        onClose={closeOverlay}
        onOpenArticle={context.openArticle}
        onOpenEntity={context.openEntity}
        onOpenTimeline={openTimeline}
      />
    );
  } else if (overlay?.kind === 'sheet') {
    overlays = <ShortcutSheet platform={platform} onClose={closeOverlay} />;
  }

  const backupsPanel =
    backups === null ? null : (
      <BackupsPanel
        key={backups.key}
        readOnly={readOnly}
        confirm={backups.confirm}
        onClose={() => setBackups(null)}
      />
    );

  return { overlays, backupsPanel, openBackups };
}
