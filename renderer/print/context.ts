import type { ActingWindow } from '../../shared/domain/acting/types';
import type { PaperSize } from '../../shared/schema/print';

/** Who prints, where and when: the same for every printout. */
export interface PrintContext {
  /** Chinese store name as it heads every printout, e.g. 华联超市（望京店）. */
  readonly storeName: string;
  readonly counter: string;
  readonly staffName: string;
  readonly staffNo: string;
  readonly printedAt: number;
  /** Which print of this record this is: 1 is the original, 2 and up are reprints (补打). */
  readonly printCount: number;
  readonly timeZone: string;
  /**
   * Absolute URL the font files resolve against: the renderer's origin
   * (app://desk/ in Electron, http://127.0.0.1:5173/ in the browser).
   */
  readonly fontBaseUrl: string;
  /** Resolution of the roll printer (203 most, 180 Epson TM): barcode bars are whole dots. */
  readonly thermalDpi?: number | undefined;
  /** Staff number -> name, to print names where records carry staff numbers. */
  readonly staffNames?: Readonly<Record<string, string>> | undefined;
  /** The acting windows (主管助理): an approval made in one prints whom the approver stood in for. */
  readonly actingWindows?: readonly ActingWindow[] | undefined;
  /** The service desk's phone (desk settings), where a printout asks the customer to call. */
  readonly deskPhone?: string | undefined;
}

/** A rendered printout, ready for a PrintJobRequest. */
export interface PrintOutput {
  readonly html: string;
  readonly paper: PaperSize;
  readonly title: string;
  /** Names the PDF in the archive (PrintJobRequest.recordNumber). */
  readonly recordNumber: string;
}
