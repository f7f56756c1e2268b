import { useId, useState } from 'react';
import { useT } from '../i18n';
import { DeskError } from '../db/errors';
import { photoFromFile } from './photo';

interface PhotoInputProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (dataUrl: string | undefined) => void;
  readonly error?: string | undefined;
}

/** An optional photo from a file (or the PC's camera app), shrunk before it is kept. */
export function PhotoInput({ label, value, onChange, error }: PhotoInputProps) {
  const id = useId();
  const { t, tc } = useT();
  const [readError, setReadError] = useState<string>();
  const shown = error ?? readError;
  return (
    <div className={`field${shown ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="image/*"
        onChange={(e) => {
          const file = e.target.files?.[0];
          setReadError(undefined);
          if (!file) return onChange(undefined);
          photoFromFile(file).then(onChange, (err: unknown) => {
            setReadError(err instanceof DeskError ? err.code : 'error.photoType');
            onChange(undefined);
          });
        }}
      />
      {value && (
        <div className="row">
          <img src={value} alt="" style={{ maxHeight: 96, maxWidth: 160 }} />
          <button type="button" className="link" onClick={() => onChange(undefined)}>
            {t('action.clear')}
          </button>
        </div>
      )}
      {shown && (
        <small className="field__error" role="alert">
          {tc(shown)}
        </small>
      )}
    </div>
  );
}
