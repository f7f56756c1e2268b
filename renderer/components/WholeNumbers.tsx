import type { ReactNode } from 'react';
import { recordNumbersIn } from '../../shared/domain/numbering';

/** A sentence with each record number in it on one line: a number split at a hyphen reads as two. */
export function WholeNumbers({ text }: { readonly text: string }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const { number, index } of recordNumbersIn(text)) {
    parts.push(text.slice(from, index));
    parts.push(
      <span key={index} className="nowrap">
        {number}
      </span>,
    );
    from = index + number.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
