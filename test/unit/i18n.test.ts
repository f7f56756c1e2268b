import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { isMessageKey, translate, translateCode } from '../../renderer/i18n';
import { zhCN } from '../../renderer/i18n/zh-CN';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('texts', () => {
  it('every error code the code can raise (schemas, desk errors, IPC, printing) has a text', () => {
    const codes = new Set<string>();
    for (const file of [...sourceFiles('shared'), ...sourceFiles('renderer'), ...sourceFiles('electron')]) {
      if (file.includes('i18n')) continue;
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/'((?:error|print\.error)\.[A-Za-z]+)'/g)) codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((c) => !isMessageKey(c))).toEqual([]);
  });

  it('Chinese and English have the same keys and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.entries(en).filter(([, v]) => !v.trim())).toEqual([]);
    expect(Object.entries(zhCN).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('fills placeholders and shows a generic error for an unknown code', () => {
    expect(translate('zh-CN', 'error.ticketUnknown', { number: 'JC-1' })).toBe('没有凭证号为 JC-1 的寄存记录');
    expect(translate('en', 'error.ticketUnknown', { number: 'JC-1' })).toBe('No storage record with ticket number JC-1');
    expect(translateCode('en', 'error.noSuchThing')).toBe(translate('en', 'error.unexpected'));
  });
});
