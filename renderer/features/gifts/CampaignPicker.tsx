import { useId } from 'react';
import type { Campaign } from '../../../shared/domain/gifts/types';
import { useT } from '../../i18n';

interface CampaignPickerProps {
  readonly label: string;
  readonly campaigns: readonly Campaign[];
  readonly value: string;
  readonly onChange: (campaignId: string) => void;
  readonly emptyLabel: string;
  readonly error?: string | undefined;
  readonly errorParams?: Readonly<Record<string, string | number>> | undefined;
}

/** A campaign select whose error can name the campaign and its dates (SelectField has no parameters). */
export function CampaignPicker({ label, campaigns, value, onChange, emptyLabel, error, errorParams }: CampaignPickerProps) {
  const id = useId();
  const { tc } = useT();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name="campaignId" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}>
        <option value="">{emptyLabel}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {error && (
        <small className="field__error" role="alert">
          {tc(error, errorParams)}
        </small>
      )}
    </div>
  );
}
