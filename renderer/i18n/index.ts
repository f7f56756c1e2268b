import { create } from 'zustand';
import { en } from './en';
import type { MessageKey } from './keys';
import { zhCN } from './zh-CN';

export type { MessageKey } from './keys';
export type Language = 'zh-CN' | 'en';

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type MessageParams = Readonly<Record<string, string | number>>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A key that came from outside the type system (a schema, an IPC error): unknown ones show a generic error. */
export function translateCode(language: Language, code: string, params: MessageParams = {}): string {
  return translate(language, isMessageKey(code) ? code : 'error.unexpected', params);
}

const LANGUAGE_KEY = 'servicedesk.language';

interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

function initialLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const useLanguage = create<LanguageState>((set) => ({
  language: initialLanguage(),
  setLanguage: (language) => {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode or no storage: the choice lasts for this session only.
    }
    document.documentElement.lang = language;
    set({ language });
  },
}));

/** The translate function of the chosen language, for components. */
export function useT() {
  const language = useLanguage((s) => s.language);
  return {
    language,
    t: (key: MessageKey, params?: MessageParams) => translate(language, key, params),
    tc: (code: string, params?: MessageParams) => translateCode(language, code, params),
  };
}
