import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { systemClock } from '../shared/domain/clock';
import { App } from './app/App';
import { ServicesProvider } from './app/services';
import { connectDesk } from './bridge/desk';
import { activeDatabaseName } from './db/activeDatabase';
import { DeskDatabase } from './db/database';
import { useLanguage } from './i18n';
import { screenFontFaceCss } from './print/fontFaces';

// After a restore the desk opens the restored copy; the database it replaced is kept.
const services = { db: new DeskDatabase(activeDatabaseName()), clock: systemClock, desk: connectDesk() };
// Ask the browser not to evict the counter's records under storage pressure.
void navigator.storage?.persist?.().catch(() => false);
document.documentElement.lang = useLanguage.getState().language;
const fontFaces = document.createElement('style');
fontFaces.textContent = screenFontFaceCss(document.baseURI);
document.head.append(fontFaces);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
