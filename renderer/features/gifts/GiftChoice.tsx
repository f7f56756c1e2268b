import type { CampaignGift } from '../../../shared/domain/gifts/types';
import { useT } from '../../i18n';
import { yuan } from './giftText';

interface GiftChoiceProps {
  readonly gifts: readonly CampaignGift[];
  /** Remaining stock per gift id. */
  readonly remaining: ReadonlyMap<string, number>;
  readonly value: string;
  readonly onChange: (giftId: string) => void;
  readonly error?: string | undefined;
  readonly errorParams?: Readonly<Record<string, string | number>> | undefined;
}

/**
 * The gifts of the tier the receipt reaches, as radio buttons (arrow keys
 * move between them), each with its stock. An empty one stays choosable so
 * the refusal can say plainly that it is out of stock.
 */
export function GiftChoice({ gifts, remaining, value, onChange, error, errorParams }: GiftChoiceProps) {
  const { t, tc } = useT();
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} aria-invalid={error ? true : undefined}>
      <legend>{t('gifts.handout.gift')}</legend>
      {gifts.map((g) => (
        <label key={g.giftId} className="choice">
          <input type="radio" name="giftId" value={g.giftId} checked={value === g.giftId} onChange={() => onChange(g.giftId)} />{' '}
          {t('gifts.handout.giftOption', { name: g.name, value: yuan(g.valueFen), remaining: remaining.get(g.giftId) ?? 0 })}
        </label>
      ))}
      {error && (
        <small className="field__error" role="alert">
          {tc(error, errorParams)}
        </small>
      )}
    </fieldset>
  );
}
