import { isMessageKey, type MessageKey } from '../../i18n';

/** The areas of the log: the part of an audit action before the dot. */
export const LOG_AREAS = ['storage', 'lostItem', 'lockerDoor', 'staff', 'store', 'session', 'approval', 'sync'] as const;
export type LogArea = (typeof LOG_AREAS)[number];

export function areaOf(action: string): string {
  return action.split('.', 1)[0] ?? action;
}

/**
 * The i18n key that says an audit action in words, or undefined for an
 * action this build does not know (a newer counter's): shown raw then.
 */
export function actionKey(action: string): MessageKey | undefined {
  const key = `log.action.${action}`;
  return isMessageKey(key) ? key : undefined;
}
