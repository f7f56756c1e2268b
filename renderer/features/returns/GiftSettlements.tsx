import { formatYuan } from '../../../shared/domain/money';
import { SelectField } from '../../components/Field';
import type { GiftToSettle } from '../../db/returns/gifts';
import { useT } from '../../i18n';

interface GiftSettlementsProps {
  readonly gifts: readonly GiftToSettle[];
  readonly settlements: Readonly<Record<string, string>>;
  readonly onChange: (handoutId: string, settlement: string) => void;
  readonly error?: string | undefined;
  readonly errorParams?: Readonly<Record<string, string | number>> | undefined;
}

/** A refund of a receipt that earned gifts: per gift, it comes back, or its value is deducted from the refund. */
export function GiftSettlements({ gifts, settlements, onChange, error, errorParams }: GiftSettlementsProps) {
  const { t, tc } = useT();
  if (gifts.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="returns-gifts-title">
      <h3 id="returns-gifts-title">{t('returns.gifts.title')}</h3>
      {gifts.map((g) => (
        <SelectField
          key={g.handoutId}
          label={t('returns.gifts.gift', { gift: g.giftName, number: g.handoutNumber, value: formatYuan(g.valueFen) })}
          name={`gift-${g.handoutId}`}
          value={settlements[g.handoutId] ?? ''}
          onChange={(v) => onChange(g.handoutId, v)}
          options={[
            { value: '', label: t('returns.field.choose') },
            { value: 'returned', label: t('returns.gifts.returned') },
            { value: 'deducted', label: t('returns.gifts.deducted') },
          ]}
        />
      ))}
      {error && (
        <p className="form-error" role="alert">
          {tc(error, errorParams)}
        </p>
      )}
    </section>
  );
}
