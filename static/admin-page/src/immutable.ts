// Small immutable list edits: the draft configuration is never mutated in place.
export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((current, i) => (i === index ? item : current));

export const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, i) => i !== index);

export const updateAt = <T>(items: readonly T[], index: number, update: (item: T) => T): T[] =>
  items.map((current, i) => (i === index ? update(current) : current));
