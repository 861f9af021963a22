import { basename, dirname } from 'node:path';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { z } from 'zod';
import { describe } from '../common/errors.ts';
import { writeExportFiles } from '../core/briefing/export-target.ts';
import { isTrustedSender } from './ipc.ts';
import { SAVE_EXPORT_CHANNEL, type SaveExportResult } from '../common/api/bridge.ts';

/** The page hands main the exported files; main asks the user where to put them. */

const ExportedFilesSchema = z
  .array(
    z
      .object({
        name: z.string().regex(/^[^/\\:*?"<>|\0]{1,200}$/, 'a plain file name'),
        mediaType: z.string().max(100),
        encoding: z.enum(['utf8', 'base64']),
        content: z.string().max(200 * 1024 * 1024),
      })
      .strict(),
  )
  .min(1)
  .max(20);

/**
 * Save what `exportBriefing` produced where the user chooses: one file through the save dialog
 * (which asks before replacing a file), several (CSV) into a folder, never over an existing
 * file there, never inside the open notebook's folder. The page never names a path.
 */
export function registerSaveExportHandler(notebookFolder: () => string | null): void {
  ipcMain.handle(
    SAVE_EXPORT_CHANNEL,
    async (event, payload: unknown): Promise<SaveExportResult> => {
      if (!isTrustedSender(event))
        return { error: 'Refused: the call did not come from the Dossier page.' };
      const parsed = ExportedFilesSchema.safeParse(payload);
      if (!parsed.success)
        return { error: 'The export could not be saved: it is not a list of files.' };
      const files = parsed.data.map((file) => ({
        name: file.name,
        content: file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
      }));
      const window = BrowserWindow.fromWebContents(event.sender);
      const notebookOption = () => {
        const notebook = notebookFolder();
        return notebook === null ? {} : { notebook };
      };
      try {
        if (files.length === 1) {
          const options = { title: 'Export', defaultPath: files[0]!.name };
          const choice = window
            ? await dialog.showSaveDialog(window, options)
            : await dialog.showSaveDialog(options);
          if (choice.canceled || choice.filePath === undefined) return { cancelled: true };
          const saved = await writeExportFiles(
            dirname(choice.filePath),
            [{ name: basename(choice.filePath), content: files[0]!.content }],
            { overwrite: true, ...notebookOption() },
          );
          return { saved };
        }
        const options: Electron.OpenDialogOptions = {
          title: 'Choose a folder for the exported files',
          properties: ['openDirectory', 'createDirectory'],
        };
        const choice = window
          ? await dialog.showOpenDialog(window, options)
          : await dialog.showOpenDialog(options);
        if (choice.canceled || choice.filePaths[0] === undefined) return { cancelled: true };
        return { saved: await writeExportFiles(choice.filePaths[0], files, notebookOption()) };
      } catch (error) {
        return { error: describe(error) };
      }
    },
  );
}
