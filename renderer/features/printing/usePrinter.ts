import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { newId } from '../../../shared/domain/ids';
import { PAPERS_BY_KIND, type PaperSize, type PrintJobResult, type PrintKind } from '../../../shared/schema/print';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useDeskContext } from '../../app/useDeskContext';
import { recordPrint, type PrintedRecordType } from '../../db/printing/recordPrint';
import type { PrintContext, PrintInputs, PrintOutput } from '../../print';

export interface PrintRequest<K extends PrintKind = PrintKind> {
  readonly kind: K;
  readonly input: PrintInputs[K];
  /** The record whose print count goes up (reprints are marked 补打); none for lists and reports. */
  readonly record?: { readonly type: PrintedRecordType; readonly id: string; readonly printCount: number } | undefined;
}

/** The templates (React server rendering, barcodes, the font table) load on the first print, not at start-up. */
const loadTemplates = () => import('../../print');

/**
 * The one print path of the screens: picks the paper set for the kind of
 * printout (the template's own default where the set paper does not suit
 * its layout), counts the print on the record, renders the HTML and hands
 * it to the desktop (or the browser stand-in). A failure comes back as a
 * result to show, never as a crash; the main process keeps the job.
 */
export function usePrinter() {
  const { db, clock, desk } = useServices();
  const deskCtx = useDeskContext();
  const staff = useSession((s) => s.staff);
  const profile = useSession((s) => s.profile);
  const staffNames = useLiveQuery(async () => Object.fromEntries((await db.staff.toArray()).map((m) => [m.staffNo, m.name])), [db]);
  const actingWindows = useLiveQuery(() => db.actingWindows.toArray(), [db]);

  const printContext = useCallback(
    (printCount: number): PrintContext => ({
      storeName: profile?.storeName ?? '',
      counter: deskCtx.session.counter,
      staffName: staff?.name ?? '',
      staffNo: deskCtx.session.staffNo,
      printedAt: clock.now(),
      printCount,
      timeZone: deskCtx.session.timeZone,
      fontBaseUrl: new URL('./', document.baseURI).href,
      staffNames,
      actingWindows,
      deskPhone: profile?.settings.deskPhone,
    }),
    [profile, deskCtx, staff, clock, staffNames, actingWindows],
  );

  const render = useCallback(
    async <K extends PrintKind>(request: PrintRequest<K>, printCount: number): Promise<PrintOutput> => {
      const { renderPrint } = await loadTemplates();
      const settings = await desk['print:getSettings'](undefined);
      const papers: readonly PaperSize[] = PAPERS_BY_KIND[request.kind];
      const set = settings.ok ? settings.value[request.kind]?.paper : undefined;
      const paper = set && papers.includes(set) ? set : papers[0];
      return renderPrint(request.kind, request.input, printContext(printCount), paper);
    },
    [desk, printContext],
  );

  const preview = useCallback(
    <K extends PrintKind>(request: PrintRequest<K>): Promise<PrintOutput> => render(request, (request.record?.printCount ?? 0) + 1),
    [render],
  );

  const print = useCallback(
    async <K extends PrintKind>(request: PrintRequest<K>): Promise<PrintJobResult> => {
      const jobId = newId();
      const printCount = request.record ? await recordPrint(deskCtx, request.record.type, request.record.id, request.kind) : 1;
      const output = await render(request, printCount);
      const result = await desk['print:submit']({ jobId, kind: request.kind, recordNumber: output.recordNumber, html: output.html, paper: output.paper, copies: 1 });
      return result.ok ? result.value : { jobId, status: 'failed', error: result.error, detail: result.detail };
    },
    [deskCtx, desk, render],
  );

  return { print, preview };
}
