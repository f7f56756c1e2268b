// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ActingWindow } from '../../shared/domain/acting/types';
import { renderLockerOpeningSlip, renderReturnSlip } from '../../renderer/print';
import { AT, lockerDoor, printContext, returnRecord } from './fixtures';

const HOUR = 3_600_000;

/** Text content only: what would print, without tags and attributes. */
function printedText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

/** 2001 (a desk lead here) acted for the supervisor 9001 around AT. */
const window: ActingWindow = { id: 'w1', assistant: '2001', actingFor: '9001', from: AT - HOUR, until: AT + HOUR, named: { by: '9001', at: AT - HOUR, counter: 'C1' } };
const names = { '1024': '王丽', '2001': '王五', '9001': '张三' };

describe('a slip naming an approver who acted as supervisor', () => {
  it('prints "王五 (2001) 代 张三 (9001)" for an approval inside the window', () => {
    const text = printedText(renderReturnSlip({ record: returnRecord() }, printContext({ staffNames: names, actingWindows: [window] })).html);
    expect(text).toContain('王五 (2001) 代acting for 张三 (9001)');
  });

  it('prints the approver alone outside the window, or with no window', () => {
    const later = printContext({ staffNames: names, actingWindows: [{ ...window, until: AT }] });
    expect(printedText(renderLockerOpeningSlip(lockerDoor(), later).html)).not.toContain('张三');
    expect(printedText(renderLockerOpeningSlip(lockerDoor(), printContext({ staffNames: names })).html)).toContain('王五 (2001)');
  });
});
