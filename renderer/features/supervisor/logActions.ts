import { isMessageKey, type MessageKey } from '../../i18n';

/**
 * The i18n key that says an action in words, or undefined for an action
 * this build does not know (a newer counter's): shown raw then.
 */
export function actionKey(action: string): MessageKey | undefined {
  const key = `log.action.${action}`;
  return isMessageKey(key) ? key : undefined;
}

/** An action as the log shows it: in words where this build has them. */
export function actionText(action: string, t: (key: MessageKey) => string): string {
  const key = actionKey(action);
  return key ? t(key) : action;
}
