/** The new-campaign form as the supervisor fills it: text fields, gifts and tiers as rows. */
export interface GiftDraft {
  /** G1, G2 …: stable while rows are added and removed, so tiers keep pointing at the right gift. */
  readonly giftId: string;
  readonly name: string;
  readonly value: string;
}

export interface TierDraft {
  readonly key: string;
  readonly minSpend: string;
  readonly giftIds: readonly string[];
}

export interface CampaignDraft {
  readonly name: string;
  readonly startDay: string;
  readonly endDay: string;
  readonly gifts: readonly GiftDraft[];
  readonly tiers: readonly TierDraft[];
  readonly perReceiptLimit: string;
  readonly perCustomerLimit: string;
}

export function blankCampaign(startDay: string, endDay: string): CampaignDraft {
  return {
    name: '',
    startDay,
    endDay,
    gifts: [{ giftId: 'G1', name: '', value: '' }],
    tiers: [{ key: 'T1', minSpend: '', giftIds: ['G1'] }],
    perReceiptLimit: '1',
    perCustomerLimit: '',
  };
}

function nextKey(prefix: string, keys: readonly string[]): string {
  const max = keys.reduce((n, k) => Math.max(n, Number(k.slice(prefix.length)) || 0), 0);
  return `${prefix}${max + 1}`;
}

export function addGift(d: CampaignDraft): CampaignDraft {
  return { ...d, gifts: [...d.gifts, { giftId: nextKey('G', d.gifts.map((g) => g.giftId)), name: '', value: '' }] };
}

/** A removed gift leaves every tier too, so no tier points at a gift that is not there. */
export function removeGift(d: CampaignDraft, giftId: string): CampaignDraft {
  return {
    ...d,
    gifts: d.gifts.filter((g) => g.giftId !== giftId),
    tiers: d.tiers.map((t) => ({ ...t, giftIds: t.giftIds.filter((id) => id !== giftId) })),
  };
}

export function updateGift(d: CampaignDraft, giftId: string, change: Partial<Omit<GiftDraft, 'giftId'>>): CampaignDraft {
  return { ...d, gifts: d.gifts.map((g) => (g.giftId === giftId ? { ...g, ...change } : g)) };
}

export function addTier(d: CampaignDraft): CampaignDraft {
  return { ...d, tiers: [...d.tiers, { key: nextKey('T', d.tiers.map((t) => t.key)), minSpend: '', giftIds: [] }] };
}

export function removeTier(d: CampaignDraft, key: string): CampaignDraft {
  return { ...d, tiers: d.tiers.filter((t) => t.key !== key) };
}

export function updateTier(d: CampaignDraft, key: string, change: Partial<Omit<TierDraft, 'key'>>): CampaignDraft {
  return { ...d, tiers: d.tiers.map((t) => (t.key === key ? { ...t, ...change } : t)) };
}

export function toggleTierGift(d: CampaignDraft, key: string, giftId: string): CampaignDraft {
  return {
    ...d,
    tiers: d.tiers.map((t) =>
      t.key !== key ? t : { ...t, giftIds: t.giftIds.includes(giftId) ? t.giftIds.filter((id) => id !== giftId) : [...t.giftIds, giftId] },
    ),
  };
}

/** What the command takes (tiers without their form keys). */
export function campaignRequest(d: CampaignDraft) {
  return { ...d, tiers: d.tiers.map((t) => ({ minSpend: t.minSpend, giftIds: [...t.giftIds] })) };
}
