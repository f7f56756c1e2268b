import { describe, expect, it } from 'vitest';
import { describePrinter } from '../../electron/main/print/printerStatus';

describe('printer status from getPrintersAsync', () => {
  it('keeps name and display name, and is online when nothing says otherwise', () => {
    expect(describePrinter({ name: 'EPSON_TM_T82', displayName: 'EPSON TM-T82', description: '', options: {} }, 'linux')).toEqual({
      name: 'EPSON_TM_T82',
      displayName: 'EPSON TM-T82',
      isDefault: false,
      offline: false,
    });
  });

  it('falls back to the system name when there is no display name', () => {
    expect(describePrinter({ name: 'XP-58' }, 'win32').displayName).toBe('XP-58');
  });

  it('reads a stopped CUPS queue or one refusing jobs as offline', () => {
    expect(describePrinter({ name: 'p', options: { 'printer-state': '5' } }, 'linux').offline).toBe(true);
    expect(describePrinter({ name: 'p', options: { 'printer-is-accepting-jobs': 'false' } }, 'darwin').offline).toBe(true);
    expect(describePrinter({ name: 'p', options: { 'printer-state': '3', 'printer-is-accepting-jobs': 'true' } }, 'linux').offline).toBe(false);
  });

  it('reads the Windows offline, paused and not-available bits when a status is sent', () => {
    expect(describePrinter({ name: 'p', status: 0x80 }, 'win32').offline).toBe(true);
    expect(describePrinter({ name: 'p', status: 0x1 }, 'win32').offline).toBe(true);
    expect(describePrinter({ name: 'p', status: 0x1000 }, 'win32').offline).toBe(true);
    expect(describePrinter({ name: 'p', status: 0 }, 'win32').offline).toBe(false);
    // On CUPS the same field is the printer state, not a bit set.
    expect(describePrinter({ name: 'p', status: 3 }, 'linux').offline).toBe(false);
  });

  it('takes isDefault only when it is really true', () => {
    expect(describePrinter({ name: 'p', isDefault: true }, 'win32').isDefault).toBe(true);
    expect(describePrinter({ name: 'p', isDefault: 'yes' }, 'win32').isDefault).toBe(false);
  });

  it('ignores options that are not a plain bag of strings', () => {
    expect(describePrinter({ name: 'p', options: null }, 'linux').offline).toBe(false);
    expect(describePrinter({ name: 'p', options: { 'printer-state': 5 } }, 'linux').offline).toBe(false);
  });
});
