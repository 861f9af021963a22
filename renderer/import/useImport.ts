import { useCallback, useMemo, useRef, useState } from 'react';
import type {
  ImportProgress,
  ImportResult,
  NotebookApi,
} from '../../electron/common/api/contract.ts';
import { messageOf } from '../api/api-error.ts';
import { bytesToBase64 } from './base64.ts';
import { planImport } from './plan.ts';
import type { PickedFile } from './pick-files.ts';

/** One import, from the first file to the result list the user dismisses. */
export interface ImportJob {
  jobId: string;
  phase: 'running' | 'finished';
  /** Cancel was asked for: the files not yet read come back as cancelled. */
  cancelling: boolean;
  /** Files in the whole job, and how many are finished. */
  total: number;
  done: number;
  /** The file being read now ('' between files). */
  current: string;
  results: ImportResult[];
}

export interface Importer {
  job: ImportJob | null;
  /** Import files the page holds (file input, drop). */
  importPicked(files: PickedFile[]): Promise<void>;
  /** Electron: the native dialog in main, which imports there. Undefined in browser mode. */
  importWithDialog: ((kind: 'files' | 'folder') => Promise<void>) | undefined;
  cancel(): void;
  dismiss(): void;
  /** Feed the notebook's import-progress events here. */
  onProgress(event: ImportProgress): void;
}

const CANCELLED = 'the import was cancelled';

function newJobId(): string {
  return `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

interface Running {
  jobId: string;
  cancelled: boolean;
  /** Files finished before the server started counting (refused up front). */
  shift: number;
}

/** Runs imports: reads and sends files in chunks, follows progress, collects results. */
export function useImport({
  api,
  onRefused,
}: {
  api: NotebookApi;
  /** Why an import could not start (another one is running, nothing to import). */
  onRefused: (message: string) => void;
}): Importer {
  const [job, setJob] = useState<ImportJob | null>(null);
  const running = useRef<Running | null>(null);

  const update = useCallback((jobId: string, change: (job: ImportJob) => ImportJob) => {
    setJob((current) => (current?.jobId === jobId ? change(current) : current));
  }, []);

  const begin = useCallback(
    (shift: number, total: number): Running | null => {
      if (running.current !== null) {
        onRefused('An import is still running. Wait for it to finish, or cancel it first.');
        return null;
      }
      const started: Running = { jobId: newJobId(), cancelled: false, shift };
      running.current = started;
      setJob({
        jobId: started.jobId,
        phase: 'running',
        cancelling: false,
        total,
        done: shift,
        current: '',
        results: [],
      });
      return started;
    },
    [onRefused],
  );

  const finish = useCallback(
    (jobId: string, results: ImportResult[]) => {
      if (running.current?.jobId === jobId) running.current = null;
      update(jobId, (current) => ({
        ...current,
        phase: 'finished',
        cancelling: false,
        done: current.total,
        current: '',
        results,
      }));
    },
    [update],
  );

  const importPicked = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) {
        onRefused('There are no files to import there.');
        return;
      }
      const plan = planImport(files);
      const started = begin(plan.refused.length, files.length);
      if (started === null) return;
      const { jobId } = started;
      const results: ImportResult[] = [...plan.refused];
      let offset = 0;
      for (const batch of plan.batches) {
        if (started.cancelled) {
          for (const file of batch)
            results.push({ path: file.name, status: 'failed', reason: CANCELLED });
          continue;
        }
        const payload: { name: string; data: string }[] = [];
        for (const file of batch) {
          update(jobId, (current) => ({ ...current, current: file.name }));
          try {
            const bytes = new Uint8Array(await file.file.arrayBuffer());
            payload.push({ name: file.name, data: bytesToBase64(bytes) });
          } catch (error) {
            results.push({
              path: file.name,
              status: 'failed',
              reason: `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
            });
          }
        }
        if (payload.length > 0 && !started.cancelled) {
          try {
            const answer = await api.importFiles({
              files: payload,
              jobId,
              batch: { offset, total: plan.sent },
            });
            results.push(...answer.results);
          } catch (error) {
            const reason = messageOf(error);
            for (const file of payload) results.push({ path: file.name, status: 'failed', reason });
          }
        } else {
          for (const file of payload)
            results.push({ path: file.name, status: 'failed', reason: CANCELLED });
        }
        offset += batch.length;
        const done = started.shift + offset;
        update(jobId, (current) => ({
          ...current,
          done: Math.max(current.done, done),
          results: [...results],
        }));
      }
      finish(jobId, results);
    },
    [api, begin, finish, update, onRefused],
  );

  const bridge = typeof window === 'undefined' ? undefined : window.dossierBridge;
  const dialog = bridge?.importWithDialog;
  const importWithDialog = useMemo(() => {
    if (dialog === undefined || bridge === undefined) return undefined;
    return async (kind: 'files' | 'folder') => {
      if (running.current !== null) {
        onRefused('An import is still running. Wait for it to finish, or cancel it first.');
        return;
      }
      // The panel appears with the first progress event: not while the dialog is open.
      const started: Running = { jobId: newJobId(), cancelled: false, shift: 0 };
      running.current = started;
      try {
        const results = await dialog.call(bridge, kind, started.jobId);
        if (results === null) {
          running.current = null;
          setJob((current) => (current?.jobId === started.jobId ? null : current));
          return;
        }
        setJob(
          (current) =>
            current ?? {
              jobId: started.jobId,
              phase: 'running',
              cancelling: false,
              total: results.length,
              done: 0,
              current: '',
              results: [],
            },
        );
        finish(started.jobId, results);
      } catch (error) {
        running.current = null;
        setJob((current) => (current?.jobId === started.jobId ? null : current));
        onRefused(messageOf(error));
      }
    };
  }, [bridge, dialog, finish, onRefused]);

  const cancel = useCallback(() => {
    const current = running.current;
    if (current === null || current.cancelled) return;
    current.cancelled = true;
    update(current.jobId, (job) => ({ ...job, cancelling: true }));
    api.cancelImport({ jobId: current.jobId }).catch(() => {
      // The job ended meanwhile: nothing left to cancel.
    });
  }, [api, update]);

  const dismiss = useCallback(() => {
    setJob((current) => (current?.phase === 'finished' ? null : current));
  }, []);

  const onProgress = useCallback((event: ImportProgress) => {
    const current = running.current;
    if (current === null || event.jobId !== current.jobId) return;
    setJob((job) => {
      if (job === null) {
        // Electron's dialog: the first news of the job.
        return {
          jobId: event.jobId,
          phase: 'running',
          cancelling: current.cancelled,
          total: event.total,
          done: event.done,
          current: event.current,
          results: [],
        };
      }
      if (job.jobId !== event.jobId || job.phase !== 'running') return job;
      return {
        ...job,
        total: Math.max(job.total, event.total + current.shift),
        done: Math.max(job.done, event.done + current.shift),
        current: event.current === '' ? job.current : event.current,
      };
    });
  }, []);

  return { job, importPicked, importWithDialog, cancel, dismiss, onProgress };
}
