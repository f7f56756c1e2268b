import { formatInZone } from '../../../../shared/domain/clock';
import { toCsv } from '../../../../shared/domain/csv';
import type { WorkshopCall } from '../../../db/service/workshopQueries';
import type { useT } from '../../../i18n';
import { checkText, stageText } from './words';

type T = ReturnType<typeof useT>['t'];

const time = (ms: number | undefined, timeZone: string) => (ms === undefined ? '' : formatInZone(ms, 'yyyy-MM-dd HH:mm', timeZone));

/** 客户商品进出登记簿 as CSV: one row per call, the repair card lines joined in one cell. */
export function goodsRegisterCsv(rows: readonly WorkshopCall[], t: T, timeZone: string, who: (staffNo: string | undefined) => string): string {
  const header = [
    t('goodsRegister.col.receipt'),
    t('goodsRegister.col.call'),
    t('goodsRegister.col.customer'),
    t('service.field.phone'),
    t('workshop.field.goods'),
    t('workshop.field.accessories'),
    t('workshop.field.condition'),
    t('goodsRegister.col.in'),
    t('goodsRegister.col.inBy'),
    t('goodsRegister.col.repairs'),
    t('goodsRegister.col.check'),
    t('goodsRegister.col.out'),
    t('goodsRegister.col.outBy'),
    t('service.field.fee'),
    t('service.field.invoiceNo'),
    t('goodsRegister.col.stage'),
  ];
  return toCsv(
    header,
    rows.map(({ number, customer, workshop }) => [
      workshop.receipt.receiptNo,
      number,
      customer.name,
      customer.phone,
      workshop.receipt.goods,
      workshop.receipt.accessories,
      workshop.receipt.condition,
      time(workshop.receipt.at, timeZone),
      who(workshop.receipt.by),
      workshop.repairs.map((r) => `${who(r.technician)} ${t('goodsRegister.minutes', { minutes: r.minutes })} ${r.workDone}`).join('; '),
      checkText(workshop.check, t),
      time(workshop.returned?.at, timeZone),
      who(workshop.returned?.by),
      workshop.returned ? workshop.returned.feeFen / 100 : '',
      workshop.returned?.invoiceNo,
      stageText(workshop, t),
    ]),
  );
}
