import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';

interface ScanInputProps {
  readonly label: string;
  /** Called with what was scanned or typed when Enter comes. */
  readonly onScan: (text: string) => void;
  readonly error?: string | undefined;
  readonly errorParams?: Readonly<Record<string, string | number>> | undefined;
  readonly placeholder?: string;
  readonly busy?: boolean;
}

/**
 * A scanner is a keyboard that types fast and ends with Enter. This field
 * takes the whole text on Enter, then selects it so the next scan replaces
 * it (and a typo can still be mended), and ignores a bounce (the same text
 * again within a short time).
 */
export function ScanInput({ label, onScan, error, errorParams, placeholder, busy }: ScanInputProps) {
  const id = useId();
  const { tc } = useT();
  const [text, setText] = useState('');
  const last = useRef<{ text: string; at: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    const now = Date.now();
    if (last.current && last.current.text === value && now - last.current.at < 800) return;
    last.current = { text: value, at: now };
    input.current?.select();
    onScan(value);
  };
  return (
    <div className={`field scan${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        name="scan"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <small id={`${id}-error`} className="field__error" role="alert">
          {tc(error, errorParams)}
        </small>
      )}
    </div>
  );
}
