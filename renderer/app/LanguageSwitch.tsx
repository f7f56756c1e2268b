import { useLanguage, useT } from '../i18n';

export function LanguageSwitch() {
  const { t, language } = useT();
  const setLanguage = useLanguage((s) => s.setLanguage);
  return (
    <button type="button" className="link" onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}>
      {t('lang.switch')}
    </button>
  );
}
