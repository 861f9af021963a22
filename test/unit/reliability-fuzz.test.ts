import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../electron/common/api/contract.ts';
import { dispatch, localApi } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { MAX_BODY_BYTES, startServer } from '../../electron/serve/server.ts';
import { post } from '../support/api-post.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';
import { mulberry32 } from '../support/random.ts';

/**
 * API fuzzing (issue 7, docs/RELIABILITY.md): thousands of random payloads through `dispatch`
 * (what IPC uses) and hundreds through the HTTP server. Every one is refused with a user-facing
 * error code (never `internal`), the service keeps answering, and the notebook folder stays
 * byte for byte the same. Mutation methods get only payloads that are invalid by construction
 * (or that name no existing article), so any change on disk is a bug.
 */

const DISPATCH_PAYLOADS = 6000;
const HTTP_PAYLOADS = 600;
const SEED = 7_0_7;

const random = mulberry32(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
const FIELD_KEYS = [
  'id',
  'title',
  'text',
  'metadata',
  'files',
  'name',
  'data',
  'jobId',
  'batch',
  'offset',
  'total',
  'source',
  'published',
  'url',
  'authors',
  'tags',
  'entityId',
  'type',
  'start',
  'end',
  'quote',
];
/** A well-formed article id that names no article. */
const MISSING_ID = 'zzzzzzzzzzzz';

function randomString(): string {
  switch (int(9)) {
    case 0:
      return '';
    case 1:
      return ' \n\t ';
    case 2:
      return 'x'.repeat(100_000 + int(1_000_000));
    case 3:
      return MISSING_ID;
    case 4:
      return '2026-13-45';
    case 5:
      return '\u0000\ud800\uffff' + String.fromCodePoint(0x1f600);
    case 6:
      return pick(NASTY_KEYS);
    case 7:
      return '../../etc/passwd';
    default:
      return Math.random()
        .toString(36)
        .slice(2, 2 + int(20));
  }
}

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = random() < 0.5 ? [value] : { a: value };
  return value;
}

/** Random values, including some JSON cannot carry (IPC's structured clone can). */
function randomValue(depth = 0, jsonOnly = false): unknown {
  const kinds = depth > 3 ? 6 : 10;
  switch (int(kinds + (jsonOnly ? 0 : 2))) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, -0]);
    case 3:
      return randomString();
    case 4:
      return int(2) ? [] : {};
    case 5:
      return int(50) === 0 ? deep(2000 + int(3000)) : randomString();
    case 6:
      return Array.from({ length: int(5) }, () => randomValue(depth + 1, jsonOnly));
    case 7:
    case 8:
    case 9: {
      const object: Record<string, unknown> = {};
      for (let i = int(5); i > 0; i--) {
        const key = random() < 0.2 ? pick(NASTY_KEYS) : pick(FIELD_KEYS);
        // An own "__proto__" key, as JSON.parse makes it (an assignment would set the prototype).
        Object.defineProperty(object, key, {
          value: randomValue(depth + 1, jsonOnly),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return object;
    }
    case 10:
      return pick([undefined, NaN, Infinity, 10n]);
    default:
      return new Date(0);
  }
}

/**
 * A payload for `method` that cannot be a valid mutation: anything random for reads; for
 * mutations, either random or a near-valid payload broken on purpose (an unknown key, since
 * every input schema is strict, or a required field of the wrong type).
 */
function payloadFor(method: string, jsonOnly: boolean): unknown {
  if (!MUTATIONS.has(method)) return randomValue(0, jsonOnly);
  if (random() < 0.5) {
    // No payload, or an empty object, is a valid call of a method whose fields are all
    // optional (createBriefing): send a value that is surely not one.
    const value = randomValue(0, jsonOnly);
    const empty =
      value === null ||
      value === undefined ||
      (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
    return empty ? 'not an object' : value;
  }
  const template: Record<string, unknown> = NEAR_VALID[method] ?? {};
  const broken: Record<string, unknown> = { ...template };
  if (random() < 0.5 || Object.keys(template).length === 0) {
    Object.defineProperty(broken, pick([...NASTY_KEYS, 'unexpected']), {
      value: randomValue(1, jsonOnly),
      enumerable: true,
    });
  } else {
    const key = pick(Object.keys(template));
    broken[key] = pick([null, 42, [], {}, true, ' ']);
  }
  return broken;
}

/** Shapes close to valid ones; with an unknown key or a broken field, none is valid. */
const NEAR_VALID: Record<string, Record<string, unknown>> = {
  addText: { title: 'Fuzz', text: 'Fuzzed text.' },
  updateArticle: { id: MISSING_ID, metadata: { source: 'x' } },
  deleteArticle: { id: MISSING_ID },
  importFiles: { files: [{ name: 'a.txt', data: Buffer.from('Fuzz text.').toString('base64') }] },
  restoreBackup: { id: '20000101-000000' },
};

/** Methods that change the notebook; anything else only reads. */
const READS = new Set([
  'info',
  'listArticles',
  'getArticle',
  'listBackups',
  'cancelImport',
  'renderBriefing',
  'exportBriefing',
  'draftEvent',
  'entitiesNamed',
  'linkChart',
  'linkChartOutline',
  'linkEvidence',
]);
const MUTATIONS = new Set<string>(
  API_METHODS.filter((m) => !READS.has(m) && !/^(list|get|find|search|preview|suggest)/.test(m)),
);

/** A method name as text, whatever was sent. */
function nameOf(method: unknown): string {
  return typeof method === 'string' ? method : (JSON.stringify(method) ?? typeof method);
}

function randomMethod(implemented: string[]): unknown {
  if (random() < 0.8) return pick(implemented);
  return pick<unknown>([
    ...NASTY_KEYS,
    'Info',
    'info ',
    '',
    'x'.repeat(10_000),
    'importPaths', // on the service, but not part of the API
    'close',
    'store',
    'execute',
    42,
    null,
    undefined,
    ['info'],
    { toString: 'info' },
  ]);
}

const ALLOWED_CODES = new Set([
  'invalid-input',
  'unknown-method',
  'not-found',
  'nothing-to-undo',
  'nothing-to-redo',
  'damaged-file',
]);

let folder: string;
let service: NotebookService;
let implemented: string[];
let before: Record<string, string>;

beforeAll(async () => {
  // Not tempFolder(): that one is removed after each test, and this notebook spans them all.
  folder = join(await mkdtemp(join(tmpdir(), 'dossier-fuzz-')), 'Fuzz.dossier');
  service = await NotebookService.open(folder);
  const api = localApi(service);
  await api.addText({ title: 'Existing', text: 'An article that the fuzzing must not change.' });
  await service.close();
  service = await NotebookService.open(folder);
  implemented = API_METHODS.filter(
    (method) => typeof (service as unknown as Record<string, unknown>)[method] === 'function',
  );
  before = await snapshotFolder(folder);
});

afterAll(async () => {
  await service.close();
  await rm(join(folder, '..'), { recursive: true, force: true });
});

describe('fuzzing the API', () => {
  it(`refuses ${DISPATCH_PAYLOADS} random payloads through dispatch without harm`, async () => {
    const started = Date.now();
    const codes = new Map<string, number>();
    const accepted: string[] = [];
    for (let i = 0; i < DISPATCH_PAYLOADS; i++) {
      const method = randomMethod(implemented);
      const payload = payloadFor(nameOf(method), false);
      const result = await dispatch(service, method, payload);
      if (result.ok) {
        accepted.push(nameOf(method));
        continue;
      }
      codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      if (!ALLOWED_CODES.has(result.error.code)) {
        expect.fail(`${nameOf(method)} answered ${result.error.code}: ${result.error.message}`);
      }
      expect(result.error.message.length).toBeLessThan(1000);
    }
    expect(accepted.filter((m) => MUTATIONS.has(m) && m !== 'undo' && m !== 'redo')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
    expect((await dispatch(service, 'info', {})).ok).toBe(true);
    expect(await snapshotFolder(folder)).toEqual(before);
    console.log(
      `fuzz dispatch: ${DISPATCH_PAYLOADS} payloads over ${implemented.length} methods, ` +
        `${JSON.stringify(Object.fromEntries(codes))}, ${accepted.length} accepted reads, ` +
        `${Date.now() - started} ms` +
        (implemented.length < API_METHODS.length
          ? `; not implemented yet: ${API_METHODS.filter((m) => !implemented.includes(m)).join(', ')}`
          : ''),
    );
  }, 120_000);
});

/** JSON for the wire; nesting too deep for JSON.stringify is written out as text. */
function serialize(payload: unknown): string {
  try {
    return JSON.stringify(payload) ?? '';
  } catch {
    const depth = 20_000 + int(80_000);
    return '{"files":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
  }
}

describe('fuzzing the HTTP API', () => {
  it(`refuses ${HTTP_PAYLOADS} random requests and oversized bodies without harm`, async () => {
    const started = Date.now();
    const staticDir = join(folder, '..', 'static');
    await mkdir(staticDir, { recursive: true });
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
    const server = await startServer({ service, staticDir, port: 0 });
    const statuses = new Map<number, number>();
    try {
      for (let i = 0; i < HTTP_PAYLOADS; i++) {
        const method = randomMethod(implemented);
        const name = nameOf(method);
        const path =
          random() < 0.1
            ? pick(['/api/..%2Finfo', '/api/%00', '/api/info?x=1', '/api//info'])
            : `/api/${encodeURIComponent(name)}`;
        // "null" is no payload: a valid call of a mutation whose fields are all optional.
        const raw = ['{', '"', '[1,', '\u0000', '{"__proto__":{"polluted":1}}'];
        const body =
          random() < 0.1
            ? pick(MUTATIONS.has(name) ? raw : [...raw, 'null'])
            : serialize(payloadFor(name, true));
        const reply = await post(server, path, body);
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        expect(
          reply.status,
          `${path} ${body.slice(0, 200)} → ${reply.body.slice(0, 300)}`,
        ).not.toBe(500);
        const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
        if (!parsed.ok) expect(ALLOWED_CODES.has(parsed.error!.code), reply.body).toBe(true);
      }
      // Bodies over the limit are refused with 413 before anything parses them.
      for (const size of [MAX_BODY_BYTES + 1, MAX_BODY_BYTES + 1_000_000]) {
        const reply = await post(server, '/api/addText', Buffer.alloc(size, 0x20));
        expect(reply.status).toBe(413);
      }
      const info = await post(server, '/api/info', '{}');
      expect(info.status).toBe(200);
      expect(JSON.parse(info.body).value.articleCount).toBe(1);
    } finally {
      await server.close();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshotFolder(folder)).toEqual(before);
    console.log(
      `fuzz HTTP: ${HTTP_PAYLOADS} requests + 2 oversized, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${Date.now() - started} ms`,
    );
  }, 120_000);
});

describe('known gaps', () => {
  it('a malformed percent-escape in the method name is refused as an unknown method', async () => {
    const staticDir = join(folder, '..', 'static');
    await mkdir(staticDir, { recursive: true });
    const server = await startServer({ service, staticDir, port: 0 });
    try {
      const reply = await post(server, '/api/%E0%A4%A', '{}');
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).error.code).toBe('unknown-method');
    } finally {
      await server.close();
    }
  });
});
