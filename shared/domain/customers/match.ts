import { maskPhone } from './phone';
import type { CustomerTrailRow } from './trail';

/** Who the desk looks up: the whole phone number, or its last four digits with the name the customer gives. */
export type CustomerQuery =
  | { readonly by: 'phone'; readonly phone: string }
  | { readonly by: 'tailAndName'; readonly tail: string; readonly name: string };

/** A name as compared: case and spaces do not matter ("Li Na" = "li na", "张 三" = "张三"). */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/**
 * The phones a query names as this customer's: the phone itself, or every
 * phone ending in the four digits on a record under the name given (last
 * four digits alone could be anyone's, so a record without a name never
 * identifies a customer by them).
 */
export function customerPhones(rows: readonly Pick<CustomerTrailRow, 'phone' | 'phoneTail' | 'name'>[], query: CustomerQuery): ReadonlySet<string> {
  if (query.by === 'phone') return new Set([query.phone]);
  const name = nameKey(query.name);
  return new Set(rows.filter((r) => r.phoneTail === query.tail && r.name !== '' && nameKey(r.name) === name).map((r) => r.phone));
}

/**
 * Which records belong to the customer, newest first: every record of
 * their phones (a return or a handout, which ask no name, is theirs
 * through the phone their named records gave). Each record once.
 */
export function customerHistory<R extends CustomerTrailRow>(rows: readonly R[], query: CustomerQuery): R[] {
  const phones = customerPhones(rows, query);
  const byKey = new Map<string, R>();
  for (const r of rows) if (phones.has(r.phone)) byKey.set(r.key, r);
  return [...byKey.values()].sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Who was looked up, as the screen and the printout name them: the phone masked (138****5678), or ****5678 with the name. */
export function customerLabel(query: CustomerQuery): string {
  return query.by === 'phone' ? maskPhone(query.phone) : `****${query.tail} ${query.name}`;
}
