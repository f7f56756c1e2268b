import type { IpcResult } from '../../shared/ipc';
import { DeskError } from '../db/errors';

/** A main-process answer as the forms show it: a refusal becomes a field or form message with its detail. */
export function deskValue<T>(result: IpcResult<T>, field?: string): T {
  if (!result.ok) throw new DeskError(result.error, field, result.detail ? { detail: result.detail } : {});
  return result.value;
}
