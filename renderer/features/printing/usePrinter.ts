import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { RecordType } from '../../../shared/domain/entry';
import { newId } from '../../../shared/domain/ids';
import type { PaperSize, PrintJobResult, PrintKind } from '../../../shared/schema/print';
import { useServices } from '../../app/services';
import { useSession } from '../../app/session';
import { useDeskContext } from '../../app/useDeskContext';
import { recordPrint } from '../../db/storage/print';
import type { PrintContext, PrintOutput } from '../../print/context';

/** Renders one printout for a print count and paper; the same function serves preview and print. */
export type PrintRender = (ctx: PrintContext, paper: PaperSize) => PrintOutput;

export interface PrintRequest {
  readonly kind: PrintKind;
  /** The record whose print count goes up (reprints are marked 补打); none for lists and reports. */
  readonly record?: { readonly type: Extract<RecordType, 'storage' | 'lostItem'>; readonly id: string; readonly printCount: number } | undefined;
  readonly render: PrintRender;
}

const DEFAULT_PAPER: Record<PrintKind, PaperSize> = {
  storageTicket: '80mm',
  lostItemSlip: '80mm',
  lockerOpeningSlip: '80mm',
  overnightList: 'A4',
};

/**
 * The one print path of the screens: picks the paper set for the kind of
 * printout, counts the print on the record, renders the HTML and hands it
 * to the desktop (or the browser stand-in). A failure comes back as a
 * result to show, never as a crash; the main process keeps the job.
 */
export function usePrinter() {
  const { db, clock, desk } = useServices();
  const deskCtx = useDeskContext();
  const staff = useSession((s) => s.staff);
  const profile = useSession((s) => s.profile);
  const staffNames = useLiveQuery(async () => Object.fromEntries((await db.staff.toArray()).map((m) => [m.staffNo, m.name])), [db]);

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
    }),
    [profile, deskCtx, staff, clock, staffNames],
  );

  const paperFor = useCallback(
    async (kind: PrintKind): Promise<PaperSize> => {
      const settings = await desk['print:getSettings'](undefined);
      return settings.ok ? (settings.value[kind]?.paper ?? DEFAULT_PAPER[kind]) : DEFAULT_PAPER[kind];
    },
    [desk],
  );

  const preview = useCallback(
    async (request: PrintRequest): Promise<PrintOutput> => request.render(printContext((request.record?.printCount ?? 0) + 1), await paperFor(request.kind)),
    [printContext, paperFor],
  );

  const print = useCallback(
    async (request: PrintRequest): Promise<PrintJobResult> => {
      const jobId = newId();
      const paper = await paperFor(request.kind);
      const printCount = request.record ? await recordPrint(deskCtx, request.record.type, request.record.id, request.kind) : 1;
      const output = request.render(printContext(printCount), paper);
      const result = await desk['print:submit']({ jobId, kind: request.kind, recordNumber: output.recordNumber, html: output.html, paper, copies: 1 });
      return result.ok ? result.value : { jobId, status: 'failed', error: result.error, detail: result.detail };
    },
    [deskCtx, desk, paperFor, printContext],
  );

  return { print, preview };
}
