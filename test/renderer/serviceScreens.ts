import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The message under a labelled field (input, select or textarea), as the clerk reads it; undefined when none. */
export function fieldError(label: string): string | undefined {
  return screen.getByLabelText(label).closest('.field')?.querySelector('.field__error')?.textContent ?? undefined;
}

export async function typeInto(user: UserEvent, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text) await user.type(field, text);
}

/** 2026-11-25 at hh:mm in Shanghai (UTC+8), as UTC ms. */
export const shanghai = (hh: number, mm = 0, day = 25) => Date.UTC(2026, 10, day, hh - 8, mm);
