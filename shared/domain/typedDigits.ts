/**
 * Digits as a clerk types them: a Chinese input method gives full-width
 * digits, dot, comma and minus; they are the same characters as the ASCII
 * ones. Spaces are dropped ("1 000" is how some write a thousand).
 */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uFF0C-\uFF0E\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}
