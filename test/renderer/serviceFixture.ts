import { createStaff } from '../../renderer/db/staff';
import type { DeskContext } from '../../renderer/db/context';
import { setTechnicianProfile } from '../../renderer/db/service/technicians';
import { makeDesk } from './deskFixture';

export const TECH_ZHOU = { staffNo: '3001', pin: '300100', name: '周师傅' };
export const TECH_WU = { staffNo: '3002', pin: '300200', name: '吴师傅' };

/** A desk with two technicians: 周 in town (air conditioners, fridges), 吴 in and out of town (washers). */
export async function makeServiceDesk(start?: number, storeCode?: string) {
  const desk = await makeDesk(start, storeCode);
  for (const t of [TECH_ZHOU, TECH_WU]) await createStaff(desk.asSupervisor, { staffNo: t.staffNo, name: t.name, role: 'technician', pin: t.pin, pinAgain: t.pin });
  await setTechnicianProfile(desk.asSupervisor, TECH_ZHOU.staffNo, { areas: ['inTown'], skills: ['aircon', 'fridge'] });
  await setTechnicianProfile(desk.asSupervisor, TECH_WU.staffNo, { areas: ['inTown', 'outOfTown'], skills: ['washer'] });
  const as = (staffNo: string): DeskContext => ({ ...desk.asClerk, session: { ...desk.asClerk.session, staffNo } });
  return { ...desk, asZhou: as(TECH_ZHOU.staffNo), asWu: as(TECH_WU.staffNo) };
}

/** A call as the register form sends it (the desk clock is 2026-11-25 10:00 in Shanghai). */
export function callForm(receivedAt: number, over: Record<string, string | number> = {}) {
  return {
    customerName: '陈女士',
    phone: '138 0013 8000',
    address: '五一路 8 号 3 栋 502',
    area: 'inTown',
    productKind: 'aircon',
    productName: '格力空调',
    model: 'KFR-35GW',
    serial: 'SN2026001',
    purchaseDate: '2026-03-01',
    problem: '不制冷，外机有异响',
    requestType: 'repair',
    serviceType: 'free',
    receivedAt,
    ...over,
  };
}
