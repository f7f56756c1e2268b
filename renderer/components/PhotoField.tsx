import { useId, useState, type ChangeEvent } from 'react';
import { DeskError } from '../db/errors';
import { useT } from '../i18n';
import { downscalePhoto } from './photo';

interface PhotoFieldProps {
  readonly label: string;
  /** The photo as a small JPEG data URL, or undefined when none. */
  readonly value: string | undefined;
  readonly onChange: (photo: string | undefined) => void;
  /** i18n code of an error from the form's own check. */
  readonly error?: string | undefined;
}

/** An optional photo: picked from a file, shrunk on this PC, previewed, removable. */
export function PhotoField({ label, value, onChange, error }: PhotoFieldProps) {
  const id = useId();
  const { t, tc } = useT();
  const [readError, setReadError] = useState<string>();
  const [reading, setReading] = useState(false);
  const shown = readError ?? error;

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared so that picking the same file again (after removing it) still counts.
    input.value = '';
    if (!file) return;
    setReading(true);
    try {
      onChange(await downscalePhoto(file));
      setReadError(undefined);
    } catch (err) {
      setReadError(err instanceof DeskError ? err.code : 'photo.notImage');
    } finally {
      setReading(false);
    }
  };

  return (
    <div className={`field${shown ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="photo"
        type="file"
        accept="image/*"
        disabled={reading}
        onChange={(e) => void onPick(e)}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
      />
      {reading && <small className="field__hint">{t('photo.reading')}</small>}
      {value && (
        <div className="row">
          <img src={value} alt={t('photo.preview')} style={{ maxWidth: '10rem', maxHeight: '8rem', flex: '0 0 auto' }} />
          <div>
            <button type="button" onClick={() => onChange(undefined)}>
              {t('photo.remove')}
            </button>
          </div>
        </div>
      )}
      {shown && (
        <small id={`${id}-error`} className="field__error" role="alert">
          {tc(shown)}
        </small>
      )}
    </div>
  );
}
