import { parseYuan } from '../../../shared/domain/money';
import { nextTier, reachedTier, sortedTiers } from '../../../shared/domain/gifts/rules';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { useT } from '../../i18n';
import { yuan } from './giftText';

/** What the typed amount reaches, live: the tier and, when short, how much is missing. */
export function TierHint({ campaign, amount }: { readonly campaign: Campaign; readonly amount: string }) {
  const { t } = useT();
  const fen = parseYuan(amount);
  if (fen === undefined || fen <= 0) return <p className="muted">{t('gifts.handout.enterAmount')}</p>;
  const tier = reachedTier(campaign, fen);
  const next = nextTier(campaign, fen);
  if (!tier) {
    const lowest = sortedTiers(campaign)[0];
    if (!lowest) return null;
    return (
      <p className="notice notice--warn">
        {t('gifts.handout.tierMissing', { missing: yuan(lowest.minSpendFen - fen), threshold: yuan(lowest.minSpendFen) })}
      </p>
    );
  }
  return (
    <p className="notice notice--ok">
      {t('gifts.handout.tierReached', { threshold: yuan(tier.minSpendFen) })}
      {next && <> · {t('gifts.handout.nextTier', { missing: yuan(next.minSpendFen - fen), threshold: yuan(next.minSpendFen) })}</>}
    </p>
  );
}
