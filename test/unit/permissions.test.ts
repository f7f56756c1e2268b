import { describe, expect, it } from 'vitest';
import { COMMAND_PERMISSIONS, commandRefusal, refusalCountsStaff, roleMayRun, type DeskCommand } from '../../shared/domain/permissions';
import type { Role, StaffMember } from '../../shared/domain/staff';
import { staffChangeRefusal } from '../../shared/domain/staffRules';
import { staffCreateInput } from '../../shared/schema/setup';
import { staffUpdateInput } from '../../shared/schema/staff';

const member = (staffNo: string, role: Role, active = true): StaffMember => ({ staffNo, name: staffNo, role, active, pinHash: '', pinSalt: '', createdAt: 0, updatedAt: 0 });
const COMMANDS = Object.keys(COMMAND_PERMISSIONS) as DeskCommand[];
const runnableBy = (role: Role) => COMMANDS.filter((c) => roleMayRun(role, c));

describe('the permission table', () => {
  it('a technician runs only their own service work, their own PIN and audit lines', () => {
    expect(runnableBy('technician').sort()).toEqual(
      [
        'audit.line',
        'service.acceptJob',
        'service.printVoucher',
        'service.recordQuote',
        'service.recordRepair',
        'service.recordVisit',
        'staff.changeOwnPin',
      ].sort(),
    );
  });

  it('campaigns are defined, stocked and closed by a desk lead and above, not by a clerk', () => {
    for (const command of ['campaigns.define', 'campaigns.receiveStock', 'campaigns.close'] as const) {
      expect(['clerk', 'lead', 'supervisor', 'storeManager', 'technician'].filter((r) => roleMayRun(r as Role, command))).toEqual(['lead', 'supervisor', 'storeManager']);
    }
    expect(roleMayRun('clerk', 'gifts.handOut')).toBe(true);
  });

  it('staff, settings and the day close are for a supervisor or the store manager', () => {
    for (const command of ['staff.create', 'staff.update', 'staff.resetPin', 'settings.desk', 'day.close', 'returns.changePolicy', 'complaints.changeCalendar'] as const) {
      expect(['clerk', 'lead', 'supervisor', 'storeManager', 'technician'].filter((r) => roleMayRun(r as Role, command)), command).toEqual(['supervisor', 'storeManager']);
    }
  });

  it('refuses a session with no known member, a deactivated member, and a role without the permission', () => {
    expect(commandRefusal('storage.deposit', undefined, 3)).toBe('unknownMember');
    expect(commandRefusal('storage.deposit', member('1001', 'clerk', false), 3)).toBe('inactive');
    expect(commandRefusal('storage.deposit', member('3001', 'technician'), 3)).toBe('roleNotAllowed');
    expect(commandRefusal('storage.deposit', member('1001', 'clerk'), 3)).toBeUndefined();
    expect(commandRefusal('service.recordVisit', member('3001', 'technician'), 3)).toBeUndefined();
  });

  it('first run only on a counter with no staff; sync and bare audit lines need no person; one’s own PIN needs an active one', () => {
    expect(commandRefusal('setup.firstRun', undefined, 0)).toBeUndefined();
    expect(commandRefusal('setup.firstRun', undefined, 1)).toBe('alreadySetUp');
    expect(commandRefusal('setup.firstRun', member('9001', 'supervisor'), 2)).toBe('alreadySetUp');
    expect(commandRefusal('sync.intake', undefined, 5)).toBeUndefined();
    expect(commandRefusal('audit.line', member('1001', 'clerk', false), 5)).toBeUndefined();
    expect(commandRefusal('staff.changeOwnPin', member('3001', 'technician'), 5)).toBeUndefined();
    expect(commandRefusal('staff.changeOwnPin', member('3001', 'technician', false), 5)).toBe('inactive');
    expect(roleMayRun('supervisor', 'setup.firstRun')).toBe(false);
    expect(roleMayRun('supervisor', 'sync.intake')).toBe(false);
  });

  it('the staff count decides only the first run, so the write path counts staff for it alone', () => {
    expect(COMMANDS.filter(refusalCountsStaff)).toEqual(['setup.firstRun']);
    for (const command of COMMANDS.filter((c) => !refusalCountsStaff(c))) {
      for (const actor of [undefined, member('1001', 'clerk'), member('1002', 'clerk', false), member('9001', 'supervisor')]) {
        expect(commandRefusal(command, actor, 0)).toBe(commandRefusal(command, actor, 12));
      }
    }
  });
});

describe('staff rules', () => {
  const sup = member('9001', 'supervisor');
  const sup2 = member('9002', 'supervisor');
  const manager = member('8001', 'storeManager');
  const clerk = member('1001', 'clerk');

  it('nobody changes their own role or deactivates themself', () => {
    const staff = [sup, sup2, clerk];
    expect(staffChangeRefusal(sup, sup, { role: 'storeManager' }, staff)).toBe('ownRole');
    expect(staffChangeRefusal(sup, sup, { active: false }, staff)).toBe('ownActive');
    expect(staffChangeRefusal(sup, sup, { role: 'supervisor', name: '王' }, staff)).toBeUndefined();
    expect(staffChangeRefusal(sup, sup, { pin: true }, staff)).toBeUndefined();
    expect(staffChangeRefusal(sup, clerk, { role: 'lead' }, staff)).toBeUndefined();
  });

  it("only a store manager changes a store manager's role, PIN or status; a name is anyone's to correct", () => {
    const staff = [sup, manager, clerk];
    expect(staffChangeRefusal(sup, manager, { role: 'clerk' }, staff)).toBe('storeManagerOnly');
    expect(staffChangeRefusal(sup, manager, { pin: true }, staff)).toBe('storeManagerOnly');
    expect(staffChangeRefusal(sup, manager, { active: false }, staff)).toBe('storeManagerOnly');
    expect(staffChangeRefusal(sup, { ...manager, active: false }, { active: true }, [sup, { ...manager, active: false }])).toBe('storeManagerOnly');
    expect(staffChangeRefusal(sup, manager, { name: '赵经理' }, staff)).toBeUndefined();
    expect(staffChangeRefusal(member('8002', 'storeManager'), manager, { role: 'supervisor', pin: true }, [...staff, member('8002', 'storeManager')])).toBeUndefined();
  });

  it('at least one active supervisor or store manager remains', () => {
    expect(staffChangeRefusal(sup, sup, { role: 'clerk' }, [sup, clerk])).toBe('lastSupervisor');
    expect(staffChangeRefusal(sup, sup, { active: false }, [sup, clerk, { ...sup2, active: false }])).toBe('lastSupervisor');
    // A store manager counts as one.
    expect(staffChangeRefusal(manager, sup, { role: 'clerk' }, [sup, manager])).toBeUndefined();
    expect(staffChangeRefusal(sup2, sup, { active: false }, [sup, sup2])).toBeUndefined();
    // Promoting the last supervisor keeps an approver.
    expect(staffChangeRefusal(manager, sup, { role: 'storeManager' }, [sup, { ...manager, active: false }])).toBeUndefined();
  });
});

describe('staff input', () => {
  it('a role not among the desk’s is refused at the role field', () => {
    const update = staffUpdateInput.safeParse({ role: 'root' });
    expect(update.success).toBe(false);
    expect(update.error?.issues[0]).toMatchObject({ path: ['role'], message: 'error.role' });
    const create = staffCreateInput.safeParse({ staffNo: '7001', name: '根', role: 'root', pin: '246810', pinAgain: '246810' });
    expect(create.error?.issues.find((i) => i.path[0] === 'role')?.message).toBe('error.role');
  });

  it('a change carries only a name, a role or active; anything else (a PIN hash) is refused', () => {
    expect(staffUpdateInput.parse({ name: ' 李小红 ', role: 'lead', active: true })).toEqual({ name: '李小红', role: 'lead', active: true });
    expect(staffUpdateInput.safeParse({ pinHash: 'x' }).success).toBe(false);
    expect(staffUpdateInput.safeParse({ active: 'no' }).success).toBe(false);
  });
});
