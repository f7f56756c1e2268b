/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters
 * from the digits and the capital letters without I, O, Z, S and V; the last
 * one is a check character over the first seventeen (weights 3^(i) mod 31).
 * A company's taxpayer number on an invoice is this code.
 */
export const USCC_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const FORM = new RegExp(`^[${USCC_CHARACTERS}]{18}$`);

/** The check character the first seventeen characters call for; undefined when one of them is not in the code's alphabet. */
export function usccCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_CHARACTERS.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return USCC_CHARACTERS[(31 - (sum % 31)) % 31];
}

export type UsccProblem = 'form' | 'check';

/** Why a code is not a unified social credit code: not 18 characters of its alphabet ('form'), or a wrong check character ('check'). */
export function usccProblem(code: string): UsccProblem | undefined {
  if (!FORM.test(code)) return 'form';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'check';
}
