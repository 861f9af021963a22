import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch.ts';
import { NotebookService } from '../../electron/core/service/notebook-service.ts';
import { tempFolder } from '../support/temp-folder.ts';
import { snapshotFolder } from '../support/folder-snapshot.ts';

describe('dispatch (the gate for IPC and HTTP calls)', () => {
  it('refuses unknown methods, including inherited property names', async () => {
    const folder = await tempFolder();
    const service = await NotebookService.open(folder);
    for (const method of [
      'dropEverything',
      'constructor',
      '__proto__',
      'toString',
      'close',
      'store',
      42,
      null,
    ]) {
      const result = await dispatch(service, method, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'unknown-method', message: expect.stringMatching(/^Unknown API method: /) },
      });
    }
    await service.close();
  });

  it('refuses payloads of the wrong shape with a message naming the field, and changes nothing', async () => {
    const folder = await tempFolder();
    const service = await NotebookService.open(folder);
    const before = await snapshotFolder(folder);
    const cases: [string, unknown, RegExp][] = [
      ['addText', { title: 'T' }, /Invalid input for addText \(text\)/],
      ['addText', { title: 5, text: 'x' }, /Invalid input for addText \(title\)/],
      ['addText', { title: 'T', text: 'x', admin: true }, /Invalid input for addText/],
      ['addText', 'a string', /Invalid input for addText/],
      ['addText', [1, 2], /Invalid input for addText/],
      [
        'addText',
        { title: 'T', text: 'x', published: '2021-02-30' },
        /\(published\): no such date/,
      ],
      ['getArticle', { id: '../../etc/passwd' }, /\(id\): not an article id/],
      ['deleteArticle', {}, /\(id\)/],
      ['listArticles', { extra: 1 }, /Invalid input for listArticles/],
    ];
    for (const [method, payload, message] of cases) {
      const result = await dispatch(service, method, payload);
      expect(result.ok, `${method} ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await snapshotFolder(folder)).toEqual(before);
    expect((await dispatch(service, 'info', {})).ok).toBe(true);
    await service.close();
  });

  it('treats a missing payload as an empty one', async () => {
    const folder = await tempFolder();
    const service = await NotebookService.open(folder);
    const result = await dispatch(service, 'listArticles', undefined);
    expect(result).toEqual({ ok: true, value: [] });
    await service.close();
  });
});
