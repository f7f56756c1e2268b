import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseYuan } from '../../shared/domain/money';
import { itemCount, optionalText, requiredText, wholeNumber } from '../../shared/schema/common';

const messageOf = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

describe('a whole number typed by a clerk', () => {
  const pieces = wholeNumber(1, 99, 'error.count');

  it('takes decimal digits, spaces around them and full-width digits', () => {
    expect(pieces.parse('3')).toBe(3);
    expect(pieces.parse(' 3 ')).toBe(3);
    expect(pieces.parse('３')).toBe(3);
    expect(pieces.parse('１２')).toBe(12);
    expect(pieces.parse('03')).toBe(3);
    expect(pieces.parse(99)).toBe(99);
  });

  it('refuses hex, exponents, decimals, separators, signs, words and out of range, however large, with the field’s own message', () => {
    for (const typed of ['0x3', '1e3', '3.0', '3.5', '1,000', '-1', '+3', '', '   ', 'abc', '3 件', 'Infinity', '0b11']) {
      expect(messageOf(pieces, typed), typed).toBe('error.count');
    }
    for (const typed of ['0', '100', '99999999999999999999', '9'.repeat(400), 0, 100, 3.5, Number.NaN]) {
      expect(messageOf(pieces, typed), String(typed)).toBe('error.count');
    }
  });

  it('takes a sign only where the bounds go below zero (a stock correction)', () => {
    const correction = wholeNumber(-99_999, 99_999, 'error.adjustQuantity');
    expect(correction.parse('-5')).toBe(-5);
    expect(correction.parse('－５')).toBe(-5);
    expect(correction.parse('+5')).toBe(5);
    expect(messageOf(correction, '--5')).toBe('error.adjustQuantity');
    expect(messageOf(correction, '-100000')).toBe('error.adjustQuantity');
  });

  it('is the rule of the deposit’s pieces: 0x3 is not 3 pieces', () => {
    expect(messageOf(itemCount, '0x3')).toBe('error.count');
    expect(messageOf(itemCount, '1e1')).toBe('error.count');
    expect(itemCount.parse('３')).toBe(3);
  });
});

describe('an amount in yuan', () => {
  it('takes up to two decimals, ¥, thousands commas between groups of three and full-width digits', () => {
    expect(parseYuan('3')).toBe(300);
    expect(parseYuan(' 3 ')).toBe(300);
    expect(parseYuan('3.0')).toBe(300);
    expect(parseYuan('３.５')).toBe(350);
    expect(parseYuan('￥１２')).toBe(1200);
    expect(parseYuan('¥1,299.99')).toBe(129_999);
    expect(parseYuan('1,000')).toBe(100_000);
  });

  it('refuses hex, exponents, stray commas, signs and three decimals', () => {
    for (const typed of ['0x3', '1e3', '1,0,0', '10,00', ',100', '-1', '+1', '3.001', '3.', '.5', '', 'abc', 'Infinity']) {
      expect(parseYuan(typed), typed).toBeUndefined();
    }
  });
});

describe('text typed or pasted by a clerk', () => {
  const name = requiredText(40);
  const note = optionalText(500, 'multiLine');

  it.each([
    ['NUL', '\u0000'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['a C1 control', '\u0085'],
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['byte-order mark inside', '\ufeff'],
    ['left-to-right embedding', '\u202a'],
    ['right-to-left override', '\u202e'],
    ['first-strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
    ['a lone surrogate', '\ud800'],
  ])('refuses %s in one line and in several', (_kind, c) => {
    expect(messageOf(name, `王${c}小明`)).toBe('error.invisibleCharacters');
    expect(messageOf(note, `第一行\n第二${c}行`)).toBe('error.invisibleCharacters');
  });

  it('takes tab and line breaks only in a field of several lines; is trimmed; keeps whatever shows', () => {
    expect(messageOf(name, '王\t小明')).toBe('error.invisibleCharacters');
    expect(messageOf(name, '王\n小明')).toBe('error.invisibleCharacters');
    expect(note.parse('第一行\r\n第二行\t完')).toBe('第一行\r\n第二行\t完');
    expect(name.parse('  王小明 ')).toBe('王小明');
    expect(messageOf(name, '长'.repeat(41))).toBe('error.tooLong');
    expect(messageOf(name, '   ')).toBe('error.required');
    expect(note.parse('  ')).toBeUndefined();
    for (const typed of ['黑色拉杆箱（有划痕）', 'Zoë · 李', '🎁 礼品', '№ 3 — ¥12']) expect(name.parse(typed)).toBe(typed);
  });
});
