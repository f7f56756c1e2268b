// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { RetrieveScreen } from '../../renderer/features/storage/RetrieveScreen';
import { depositItem } from '../../renderer/db/storage/bulky';
import { CLERK, makeDesk } from './deskFixture';
import { renderSignedIn } from './renderDesk';

describe('retrieve screen', () => {
  it('a scan finds the item, release works once, a second scan shows who released it, by number and name', async () => {
    const desk = await makeDesk();
    const item = await depositItem(desk.asClerk, newId(), { description: '黑色拉杆箱', count: '1', slot: 'A-03' });
    await renderSignedIn(desk, CLERK.staffNo, <RetrieveScreen />);
    const user = userEvent.setup();
    const scan = screen.getByLabelText('扫描或输入取件凭证号');
    await user.type(scan, `${item.number}{Enter}`);
    await user.click(await screen.findByRole('button', { name: '核对无误，放行' }));
    expect(await screen.findByText(`已放行：${item.number}`)).toBeTruthy();
    await user.clear(scan);
    await user.type(scan, `${item.number.toLowerCase()}{Enter}`);
    expect(await screen.findByText(/由 1001 李小红 在柜台 C1 放行，不能再次放行/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '核对无误，放行' })).toBeNull();
  });

  it('explains a malformed and an unknown number at the field', async () => {
    const desk = await makeDesk();
    await renderSignedIn(desk, CLERK.staffNo, <RetrieveScreen />);
    const user = userEvent.setup();
    const scan = screen.getByLabelText('扫描或输入取件凭证号');
    await user.type(scan, 'hello{Enter}');
    expect(await screen.findByText(/这不是取件凭证号/)).toBeTruthy();
    await user.clear(scan);
    await user.type(scan, 'JC-S01-C1-261125-0999{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('没有凭证号为 JC-S01-C1-261125-0999 的寄存记录'));
  });
});
