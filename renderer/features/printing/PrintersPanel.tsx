import { useEffect, useState } from 'react';
import { PAPERS_BY_KIND, PRINT_KINDS, type PaperSize, type PrinterInfo, type PrinterSettings, type PrintKind } from '../../../shared/schema/print';
import { useServices } from '../../app/services';
import { FormError } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { DeskError } from '../../db/errors';
import { useT } from '../../i18n';

/** Which printer and paper each kind of printout goes to (kept by the main process). */
export function PrintersPanel() {
  const { t } = useT();
  const { desk } = useServices();
  const [printers, setPrinters] = useState<readonly PrinterInfo[]>([]);
  const [routes, setRoutes] = useState<PrinterSettings>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void desk['print:listPrinters'](undefined).then((r) => r.ok && setPrinters(r.value));
    void desk['print:getSettings'](undefined).then((r) => r.ok && setRoutes(r.value));
  }, [desk]);
  const save = useSubmit(async () => {
    if (!routes) return;
    const result = await desk['print:setSettings'](routes);
    if (!result.ok) throw new DeskError(result.error);
    setRoutes(result.value);
    setSaved(true);
  });
  if (!routes) return null;
  const update = (kind: PrintKind, change: { printerName?: string; paper?: PaperSize }) => {
    setSaved(false);
    setRoutes({ ...routes, [kind]: { ...routes[kind], ...change } });
  };
  return (
    <section className="panel" aria-labelledby="printers-title">
      <h2 id="printers-title">{t('printers.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('printers.kind')}</th>
            <th>{t('printers.printer')}</th>
            <th>{t('printers.paper')}</th>
          </tr>
        </thead>
        <tbody>
          {PRINT_KINDS.map((kind) => (
            <tr key={kind}>
              <td>{t(`printers.kind.${kind}`)}</td>
              <td>
                <select aria-label={`${t(`printers.kind.${kind}`)} ${t('printers.printer')}`} value={routes[kind].printerName} onChange={(e) => update(kind, { printerName: e.target.value })}>
                  <option value="">{t('printers.systemDefault')}</option>
                  {printers
                    .filter((p) => p.name)
                    .map((p) => (
                      <option key={p.name} value={p.name}>
                        {p.displayName}
                      </option>
                    ))}
                </select>
              </td>
              <td>
                <select aria-label={`${t(`printers.kind.${kind}`)} ${t('printers.paper')}`} value={routes[kind].paper} onChange={(e) => update(kind, { paper: e.target.value as PaperSize })}>
                  {PAPERS_BY_KIND[kind].map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError code={save.errors.form?.code} />
      {saved && <p className="notice notice--ok">{t('printers.saved')}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={save.pending} onClick={() => void save.submit()}>
          {t('action.save')}
        </button>
      </div>
    </section>
  );
}
