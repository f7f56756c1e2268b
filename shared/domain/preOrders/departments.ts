/**
 * The departments (部门) a supermarket's pre-orders usually go to: offered
 * as suggestions until the desk's own orders name others. The field stays
 * free text: stores name their departments their own way.
 */
export const COMMON_DEPARTMENTS = ['生鲜部', '食品部', '熟食部', '烘焙部', '日化部', '百货部', '家电部', '酒水部'] as const;

/** The departments this desk used (most used first), then the common ones it has not used. */
export function departmentSuggestions(used: readonly string[]): string[] {
  return [...new Set([...used, ...COMMON_DEPARTMENTS])];
}
