import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../shared/ipc';
import { DeskError } from '../../electron/main/deskError';
import { dispatch, IPC_ERROR, type HandlerTable } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { stubServices } from './support/deskServices';

const DESK = 'app://desk/index.html';
const JOB_ID = '0190f3a4-7b1c-7d2e-8f90-123456789abc';

const validJob = {
  jobId: JOB_ID,
  kind: 'storageTicket',
  recordNumber: 'S01-C1-20250101-0001',
  html: '<p>寄存</p>',
  paper: '80mm',
  copies: 2,
};

function handlersWith(overrides: Partial<HandlerTable>): HandlerTable {
  return { ...createHandlers(stubServices()), ...overrides };
}

describe('dispatch: the sender', () => {
  it.each([
    ['another origin', 'https://evil.example/'],
    ['a look-alike host', 'app://desk.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['a print document', 'app://desk/__print/abc.html'],
    ['no frame', null],
    ['an empty url', ''],
  ])('refuses %s', async (_what, senderUrl) => {
    const submit = vi.fn();
    const result = await dispatch('print:submit', senderUrl, validJob, handlersWith({ 'print:submit': submit }));
    expect(result).toEqual({ ok: false, error: IPC_ERROR.sender });
    expect(submit).not.toHaveBeenCalled();
  });

  it('accepts a desk page', async () => {
    const result = await dispatch('app:info', 'app://desk/storage/new', undefined, createHandlers(stubServices()));
    expect(result).toEqual({ ok: true, value: { version: '0.1.0', platform: 'linux', dataDir: '/data', archiveDir: '/data/print-archive' } });
  });
});

describe('dispatch: the request', () => {
  it('passes the parsed request to the handler and wraps its value', async () => {
    const submit = vi.fn((request: { jobId: string }) => Promise.resolve({ jobId: request.jobId, status: 'printed' as const }));
    const result = await dispatch('print:submit', DESK, validJob, handlersWith({ 'print:submit': submit }));
    expect(result).toEqual({ ok: true, value: { jobId: JOB_ID, status: 'printed' } });
    expect(submit).toHaveBeenCalledWith(validJob);
  });

  it.each([
    ['a missing field', { ...validJob, html: undefined }],
    ['a bad job id', { ...validJob, jobId: 'not-a-uuid' }],
    ['too many copies', { ...validJob, copies: 50 }],
    ['an unknown paper', { ...validJob, paper: 'A3' }],
    ['a lower-case record number', { ...validJob, recordNumber: '../../etc' }],
    ['no request at all', undefined],
    ['a string', 'print me'],
  ])('refuses %s with ipcInvalid and a detail, without calling the handler', async (_what, request) => {
    const submit = vi.fn();
    const result = await dispatch('print:submit', DESK, request, handlersWith({ 'print:submit': submit }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(IPC_ERROR.invalid);
    expect(result.detail).toEqual(expect.any(String));
    expect(submit).not.toHaveBeenCalled();
  });

  it('refuses input on a channel that takes none', async () => {
    const result = await dispatch('print:queue', DESK, { sneaky: true }, createHandlers(stubServices()));
    expect(result).toMatchObject({ ok: false, error: IPC_ERROR.invalid });
  });

  it('refuses a channel that is not in the map', async () => {
    const result = await dispatch('fs:readFile' as Channel, DESK, undefined, createHandlers(stubServices()));
    expect(result).toMatchObject({ ok: false, error: IPC_ERROR.channel });
  });

  it('does not echo a huge request back in the detail', async () => {
    const result = await dispatch('print:submit', DESK, { ...validJob, html: 'x'.repeat(6_000_000) }, createHandlers(stubServices()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect((result.detail ?? '').length).toBeLessThan(2000);
  });
});

describe('dispatch never throws', () => {
  it('turns a DeskError into its key and detail', async () => {
    const result = await dispatch('print:retry', DESK, { jobId: JOB_ID }, handlersWith({
      'print:retry': () => Promise.reject(new DeskError('print.error.jobNotFound', JOB_ID)),
    }));
    expect(result).toEqual({ ok: false, error: 'print.error.jobNotFound', detail: JOB_ID });
  });

  it.each([
    ['an Error', () => Promise.reject(new Error('disk on fire'))],
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a handler might, and dispatch must cope
    ['a thrown string', () => { throw 'bare string'; }],
    ['a synchronous throw', () => { throw new TypeError('boom'); }],
    ['undefined', () => Promise.reject(undefined as unknown as Error)],
  ])('turns %s into error.internal', async (_what, failing) => {
    const log = vi.fn();
    const result = await dispatch('print:queue', DESK, undefined, handlersWith({ 'print:queue': failing }), log);
    expect(result).toMatchObject({ ok: false, error: IPC_ERROR.internal });
    expect(log).toHaveBeenCalled();
  });

  it('survives a handler table that is broken at run time', async () => {
    const broken = { ...createHandlers(stubServices()), 'print:queue': undefined } as unknown as HandlerTable;
    await expect(dispatch('print:queue', DESK, undefined, broken)).resolves.toMatchObject({ ok: false, error: IPC_ERROR.internal });
  });
});
