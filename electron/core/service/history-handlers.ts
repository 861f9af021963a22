import type { ApiOutputs, ApiParsedInput, NotebookHandlers } from '../../common/api/contract.ts';
import { DossierError } from '../../common/errors.ts';
import { EVERYTHING } from '../../common/api/change.ts';
import { BUILT_IN_ENTITY_TYPES } from '../../common/model/entity.ts';
import type { RestoreResult } from '../../common/model/backup.ts';
import { listBackups } from '../store/backup-manifests.ts';
import { restoreBackup } from '../store/backup-restore.ts';
import type { ServiceContext } from './service-context.ts';

/**
 * The notebook's state, undo and redo, and backups (restoring one is a command; undo restores
 * the state before).
 */
export function historyHandlers(ctx: ServiceContext) {
  const { store } = ctx;
  return {
    async info(_input: ApiParsedInput<'info'>): Promise<ApiOutputs['info']> {
      return {
        title: store.title,
        folder: store.folder,
        readOnly: store.readOnly,
        articleCount: store.articleCount,
        damaged: [...store.damaged],
        backupProblem: store.backupState.problem,
        catalogRebuild: store.catalogRebuild,
        entityTypes: [
          ...new Set([...BUILT_IN_ENTITY_TYPES, ...store.registry.entities.map((e) => e.type)]),
        ],
        ...ctx.state(),
      };
    },

    async undo(_input: ApiParsedInput<'undo'>): Promise<ApiOutputs['undo']> {
      const undone = await ctx.history.undo();
      ctx.emitChanged(`Undo ${undone.label}`, undone);
      return { undone: undone.label, ...ctx.state() };
    },

    async redo(_input: ApiParsedInput<'redo'>): Promise<ApiOutputs['redo']> {
      const redone = await ctx.history.redo();
      ctx.emitChanged(`Redo ${redone.label}`, redone);
      return { redone: redone.label, ...ctx.state() };
    },

    async listBackups(_input: ApiParsedInput<'listBackups'>): Promise<ApiOutputs['listBackups']> {
      return (await listBackups(store.folder)).reverse();
    },

    async restoreBackup(
      input: ApiParsedInput<'restoreBackup'>,
    ): Promise<ApiOutputs['restoreBackup']> {
      if (store.readOnly) {
        throw new DossierError('invalid-input', `The notebook ${store.folder} is open read-only.`);
      }
      const folder = store.folder;
      let result: RestoreResult | undefined;
      await ctx.execute({
        label: `Restore the backup ${input.id}`,
        touched: EVERYTHING,
        apply: async () => {
          await store.backupsSettled(); // a backup taken beside the writes is not written into
          const restored = await restoreBackup(folder, input.id, { lockHeld: true });
          result ??= restored;
          await store.reload();
        },
        revert: async () => {
          await store.backupsSettled();
          if (result?.before) await restoreBackup(folder, result.before.id, { lockHeld: true });
          await store.reload();
        },
      });
      return { ...result!, ...ctx.state() };
    },
  } satisfies Partial<NotebookHandlers>;
}
