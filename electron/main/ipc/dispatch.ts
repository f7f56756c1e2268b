import type { z } from 'zod';
import { channels, type Channel, type ChannelResponse, type IpcResult } from '../../../shared/ipc';
import { isAppPageUrl } from '../appUrl';
import { DeskError, describeError } from '../deskError';

/**
 * The gate every IPC message passes: who sent it, is it well formed, and
 * what came of it. Pure, so it is tested under Node without Electron.
 */

export const IPC_ERROR = {
  /** The message did not come from a desk page (another origin, a print document, a gone frame). */
  sender: 'error.ipcSender',
  /** The request did not match the channel's schema. */
  invalid: 'error.ipcInvalid',
  /** No such channel. */
  channel: 'error.ipcChannel',
  /** A handler failed without saying why in the clerk's words. */
  internal: 'error.internal',
} as const;

/** A request after its schema has parsed it (defaults applied, strings trimmed, ...). */
export type ParsedRequest<C extends Channel> = z.output<(typeof channels)[C]['request']>;

export type Handler<C extends Channel> = (request: ParsedRequest<C>) => Promise<ChannelResponse<C>> | ChannelResponse<C>;

/** One handler per channel of shared/ipc.ts, no more, no fewer. */
export type HandlerTable = { readonly [C in Channel]: Handler<C> };

export type IpcLog = (message: string, error?: unknown) => void;

const MAX_DETAIL_CHARS = 1000;

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/**
 * The schema of a channel. TypeScript cannot follow a generic key into the
 * channel map (it sees a union of all schemas); the map itself pairs each
 * channel with its schema, so this one cast is sound.
 */
function requestSchema<C extends Channel>(channel: C): z.ZodType<ParsedRequest<C>> {
  return channels[channel].request as unknown as z.ZodType<ParsedRequest<C>>;
}

function describeIssues(error: z.ZodError): string {
  const text = error.issues.map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`).join('; ');
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;
}

/**
 * Checks the sender, parses the request, runs the handler. Always resolves
 * with an IpcResult: nothing thrown here reaches the renderer as an
 * exception (Electron would serialise only its message, untyped).
 */
export async function dispatch<C extends Channel>(
  channel: C,
  senderUrl: string | null | undefined,
  rawRequest: unknown,
  handlers: HandlerTable,
  log: IpcLog = () => undefined,
): Promise<IpcResult<ChannelResponse<C>>> {
  try {
    if (typeof channel !== 'string' || !isChannel(channel)) return { ok: false, error: IPC_ERROR.channel, detail: String(channel) };
    if (typeof senderUrl !== 'string' || !isAppPageUrl(senderUrl)) {
      log(`refused ${channel} from ${String(senderUrl)}`);
      return { ok: false, error: IPC_ERROR.sender };
    }

    const parsed = requestSchema(channel).safeParse(rawRequest);
    if (!parsed.success) return { ok: false, error: IPC_ERROR.invalid, detail: describeIssues(parsed.error) };

    const handler: Handler<C> = handlers[channel];
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof DeskError) return { ok: false, error: error.key, detail: error.detail };
    log(`${String(channel)} failed`, error);
    return { ok: false, error: IPC_ERROR.internal, detail: describeError(error) };
  }
}
