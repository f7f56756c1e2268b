import { STORE_RECORD_ID, STORE_SCHEMA_VERSION } from '../../../shared/domain/store';
import type { ReturnPolicy } from '../../../shared/domain/returns/types';
import { formatYuan } from '../../../shared/domain/money';
import { returnPolicyInput } from '../../../shared/schema/returns';
import type { DeskContext } from '../context';
import { writeEntries } from '../writePath';

/** The store's return policy: window, non-returnable categories, approval amount. Supervisors only. */
export async function changeReturnPolicy(ctx: DeskContext, raw: unknown): Promise<ReturnPolicy> {
  const input = returnPolicyInput.parse(raw);
  const policy: ReturnPolicy = { returnWindowDays: input.returnWindowDays, approvalAmountFen: input.approvalAmount, categories: input.categories };
  await writeEntries(ctx, 'returns.changePolicy', (tx) =>
    tx.append({
      recordType: 'store',
      recordId: STORE_RECORD_ID,
      type: 'returnPolicyChanged',
      schemaVersion: STORE_SCHEMA_VERSION,
      data: policy,
      summary: `${policy.returnWindowDays}d ¥${formatYuan(policy.approvalAmountFen)} ${policy.categories.filter((c) => c.nonReturnable).map((c) => c.code).join(',')}`,
    }),
  );
  return policy;
}
