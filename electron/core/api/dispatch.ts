import type { z } from 'zod';
import { DossierError, serializeError } from '../../common/errors.ts';
import type { DispatchResult } from '../../common/api/bridge.ts';
import {
  API_METHODS,
  apiInputSchemas,
  isApiMethod,
  type ApiMethod,
  type ApiOutputs,
  type NotebookApi,
} from '../../common/api/contract.ts';
import type { NotebookService } from '../service/notebook-service.ts';

/**
 * The one entry point for calls that cross a process boundary (IPC, HTTP): the method must be
 * one of the API's, the payload must match its schema; anything else is refused with a clear
 * message and changes nothing.
 */
export async function dispatch(
  service: NotebookService,
  method: unknown,
  payload: unknown,
): Promise<DispatchResult> {
  try {
    if (!isApiMethod(method)) {
      throw new DossierError('unknown-method', `Unknown API method: ${describeValue(method)}.`);
    }
    const parsed = apiInputSchemas[method].safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = mostSpecific(parsed.error.issues);
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      throw new DossierError(
        'invalid-input',
        `Invalid input for ${method}${where}: ${issue?.message ?? 'wrong shape'}.`,
      );
    }
    service.noteCall();
    const call = service[method] as (input: unknown) => Promise<ApiOutputs[ApiMethod]>;
    return { ok: true, value: await call.call(service, parsed.data) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value;
  return text.length > 80 ? text.slice(0, 77) + '…' : text;
}

/**
 * The API for callers in the same process (the CLI, tests): the same validation as IPC and
 * HTTP, with failures thrown as DossierErrors.
 */
export function localApi(service: NotebookService): NotebookApi {
  const api = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    api[method] = async (input) => {
      const result = await dispatch(service, method, input);
      if (result.ok) return result.value;
      const { code, message, file } = result.error;
      if (code === 'internal') throw new Error(message);
      throw new DossierError(code, message, file);
    };
  }
  return api as unknown as NotebookApi;
}

type Issue = z.core.$ZodIssue;

/**
 * The issue to report: inside a union ("a date is words or a range"), the branch that got
 * furthest, so the message names the real fault ("no such date"), not "invalid input".
 */
function mostSpecific(issues: readonly Issue[]): Issue | undefined {
  let best: Issue | undefined;
  for (const issue of issues) {
    const candidate =
      issue.code === 'invalid_union' && issue.errors.length > 0
        ? mostSpecific(
            issue.errors
              .flat()
              .map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
          )
        : issue;
    if (
      candidate !== undefined &&
      (best === undefined || candidate.path.length > best.path.length)
    ) {
      best = candidate;
    }
  }
  return best;
}
