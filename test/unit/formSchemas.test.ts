import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isMessageKey } from '../../renderer/i18n';

/** Wire formats between processes and files (sync, printing, backups, the set-up marker, the audit export), not forms a person fills in. */
const NOT_FORMS = new Set(['sync.ts', 'print.ts', 'backup.ts', 'marker.ts', 'audit.ts']);
const SCHEMA_DIR = resolve(import.meta.dirname, '../../shared/schema');

/** What a clerk may type or paste into a text field. */
const BAD_TEXT = ['', '   ', '0x3', '1e3', '-1', '3.5', '1,000', '99999999999999999999', '１２３', 'x'.repeat(2_000_001), 'a\u0000b', 'a\u001bb', 'a\u200bb', 'a\u202eb', 'a\tb'];

type Path = readonly (string | number)[];
interface Leaf {
  readonly path: Path;
  /** The field's own schema, as the form declares it. */
  readonly schema: z.core.$ZodType;
  /** A <select> or a radio: only "nothing picked" can be sent from the screen. */
  readonly picked: boolean;
  /** Tags of the discriminated unions on the way (dotted path → value). */
  readonly tags: Readonly<Record<string, unknown>>;
}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
const defOf = (s: z.core.$ZodType): Def => s._zod.def as Def;

/** The schema that reads the input: wrappers and pipes are looked through. */
function reading(s: z.core.$ZodType): z.core.$ZodType {
  const def = defOf(s);
  if (['optional', 'nullable', 'default', 'prefault'].includes(def.type)) return reading(def.innerType as z.core.$ZodType);
  if (def.type === 'pipe') return reading(def.in as z.core.$ZodType);
  return s;
}

/** A select's schema (also behind choice()'s preprocess). */
function isPick(s: z.core.$ZodType): boolean {
  const def = defOf(s);
  if (def.type === 'enum') return true;
  if (['optional', 'nullable', 'default', 'prefault'].includes(def.type)) return isPick(def.innerType as z.core.$ZodType);
  return def.type === 'pipe' && (isPick(def.in as z.core.$ZodType) || isPick(def.out as z.core.$ZodType));
}

/** The fields a person fills in, however deep. Booleans, literals and plain numbers come from the screen's code, not from typing. */
function leavesOf(s: z.core.$ZodType, path: Path = [], tags: Record<string, unknown> = {}): Leaf[] {
  const def = defOf(reading(s));
  if (def.type === 'object') return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([k, v]) => leavesOf(v, [...path, k], tags));
  if (def.type === 'array') return leavesOf(def.element as z.core.$ZodType, [...path, 0], tags);
  const options = def.type === 'union' ? (def.options as z.core.$ZodType[]) : [];
  // A union of objects (complaint targets) is a form of forms; a union of a string and a number is one field.
  if (options.length > 0 && options.every((o) => defOf(reading(o)).type === 'object')) {
    return options.flatMap((option) => {
      const shape = defOf(reading(option)).shape as Record<string, z.core.$ZodType> | undefined;
      const tag = shape && Object.entries(shape).find(([, v]) => defOf(v).type === 'literal');
      return leavesOf(option, path, tag ? { ...tags, [[...path, tag[0]].join('.')]: (defOf(tag[1]).values as unknown[])[0] } : tags);
    });
  }
  if (def.type === 'boolean' || def.type === 'literal' || (def.type === 'number' && !def.coerce)) return [];
  return [{ path, schema: s, picked: isPick(s), tags }];
}

/** The smallest form input with `value` at the leaf (other fields missing). */
function inputAt(leaf: Leaf, value: unknown): unknown {
  const root: Record<string | number, unknown> = {};
  const set = (path: Path, v: unknown) => {
    let at: Record<string | number, unknown> = root;
    path.forEach((key, i) => {
      if (i === path.length - 1) at[key] = v;
      else at = (at[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
    });
  };
  if (leaf.path.length === 0) return value;
  set(leaf.path, value);
  for (const [dotted, tag] of Object.entries(leaf.tags)) set(dotted.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), tag);
  return root;
}

const under = (path: readonly PropertyKey[], prefix: Path) => prefix.every((p, i) => path[i] === p);

async function formSchemas(): Promise<[string, z.core.$ZodType][]> {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.ts') && !NOT_FORMS.has(f));
  const found: [string, z.core.$ZodType][] = [];
  for (const file of files) {
    const exports = (await import(resolve(SCHEMA_DIR, file))) as Record<string, unknown>;
    for (const [name, schema] of Object.entries(exports)) if (schema instanceof z.ZodType) found.push([`${file} ${name}`, schema]);
  }
  return found;
}

describe('form schemas', () => {
  it('refuse whatever a clerk types with a text in the clerk’s language, never zod’s English', async () => {
    const schemas = await formSchemas();
    expect(schemas.length).toBeGreaterThan(80);
    const untranslated: string[] = [];
    for (const [name, schema] of schemas) {
      for (const leaf of leavesOf(schema)) {
        for (const bad of leaf.picked ? [''] : BAD_TEXT) {
          const result = z.safeParse(schema, inputAt(leaf, bad));
          for (const issue of result.error?.issues ?? []) {
            if (under(issue.path, leaf.path) && !isMessageKey(issue.message)) untranslated.push(`${name} ${leaf.path.join('.')} ${JSON.stringify(bad.slice(0, 12))}: ${issue.message}`);
          }
        }
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('a field that reads a number takes decimal digits only: 0x3 and 1e3 are refused, full-width ３ is 3; only money has decimals', async () => {
    const numberFields: string[] = [];
    const accepted: string[] = [];
    for (const [name, schema] of await formSchemas()) {
      for (const leaf of leavesOf(schema).filter((l) => !l.picked)) {
        const three = z.safeParse(leaf.schema, '3');
        if (!three.success || typeof three.data !== 'number') continue;
        const field = `${name} ${leaf.path.join('.')}`;
        numberFields.push(field);
        // Yuan become fen (3 → 300): two decimals are an amount there.
        const bad = ['0x3', '1e3', '3e0', '0b11', 'Infinity', '3,0', ...(three.data === 300 ? ['3.001'] : ['3.0', '3.5'])];
        for (const typed of bad) if (z.safeParse(leaf.schema, typed).success) accepted.push(`${field} ${typed}`);
        if (z.safeParse(leaf.schema, '３').data !== three.data) accepted.push(`${field} ３ is not ${three.data}`);
      }
    }
    // Quantities, counts, days, minutes, points, the deposit's pieces and money in yuan among them.
    expect(numberFields.length).toBeGreaterThan(20);
    expect(accepted).toEqual([]);
  });
});
