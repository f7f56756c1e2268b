import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type IpcResult } from '../../shared/ipc';
import type { HandlerTable } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { registerHandlers, type IpcMainLike } from '../../electron/main/ipc/register';
import { createDeskApi } from '../../electron/preload/deskApi';
import { stubServices } from './support/deskServices';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  return { ipcMain, listeners };
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('the handler table', () => {
  it('has a handler for every channel in the map and no other', () => {
    const table = createHandlers(stubServices());
    expect(sorted(Object.keys(table))).toEqual(sorted(CHANNEL_NAMES));
    for (const channel of CHANNEL_NAMES) expect(typeof table[channel]).toBe('function');
  });

  it('is checked by TypeScript', () => {
    const services = stubServices();
    const table = createHandlers(services);
    // @ts-expect-error a table without a channel is not a HandlerTable
    const missing: HandlerTable = { 'app:info': table['app:info'] };
    // @ts-expect-error a handler answering the wrong type is refused
    const wrongType: HandlerTable = { ...table, 'print:queue': () => Promise.resolve('not a list') };
    const extra: HandlerTable = {
      ...table,
      // @ts-expect-error a channel that is not in shared/ipc.ts is refused
      'fs:readFile': () => Promise.resolve(''),
    };
    expect([missing, wrongType, extra]).toHaveLength(3);
  });
});

describe('registerHandlers', () => {
  it('registers exactly the channels of the map', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerHandlers(ipcMain, createHandlers(stubServices()));
    expect(sorted([...listeners.keys()])).toEqual(sorted(CHANNEL_NAMES));
  });

  it('gates each registered channel on the sender frame', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerHandlers(ipcMain, createHandlers(stubServices()));
    const info = listeners.get('app:info');
    expect(info).toBeDefined();
    if (!info) return;
    await expect(info({ senderFrame: { url: 'app://desk/index.html' } }, undefined)).resolves.toMatchObject({ ok: true });
    await expect(info({ senderFrame: { url: 'https://evil.example/' } }, undefined)).resolves.toEqual({ ok: false, error: 'error.ipcSender' });
    await expect(info({ senderFrame: null }, undefined)).resolves.toEqual({ ok: false, error: 'error.ipcSender' });
    const gone = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(info(gone, undefined)).resolves.toEqual({ ok: false, error: 'error.ipcSender' });
  });
});

describe('the preload API', () => {
  it('has one function per channel, each invoking its own channel with the request', async () => {
    const invoke = vi.fn((channel: string, request: unknown): Promise<IpcResult<unknown>> => Promise.resolve({ ok: true, value: { channel, request } }));
    const api = createDeskApi(invoke);
    expect(sorted(Object.keys(api))).toEqual(sorted(CHANNEL_NAMES));
    for (const channel of CHANNEL_NAMES) {
      const call = api[channel] as (request: unknown) => Promise<IpcResult<unknown>>;
      await expect(call({ probe: channel })).resolves.toEqual({ ok: true, value: { channel, request: { probe: channel } } });
    }
    expect(invoke).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
