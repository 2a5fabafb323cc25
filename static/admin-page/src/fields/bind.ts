// Binds one object of the draft to its fields: each field gets its configuration path, its value,
// the problem index and a change handler that writes only that key back, so a tab names a field
// once (`{...bind('weight')}`) instead of repeating the same four props for every input.
import type { ProblemIndex } from '../../../shared/problems';

export interface Bound<V> {
  path: string;
  value: V;
  problems: ProblemIndex;
  onChange: (value: V) => void;
}

export type Binder<T> = <K extends keyof T & string>(key: K) => Bound<T[K]>;

export function binder<T extends object>(
  base: string,
  item: T,
  problems: ProblemIndex,
  update: (next: T) => void,
): Binder<T> {
  return (key) => ({
    path: `${base}.${key}`,
    value: item[key],
    problems,
    onChange: (value) => {
      update({ ...item, [key]: value });
    },
  });
}

/** Problems on a list path or any of its entries (`approvers[1]` belongs to the whole input). */
export const listProblems = (problems: ProblemIndex, path: string): string[] =>
  [...problems.entries()]
    .filter(([p]) => p === path || p.startsWith(`${path}[`))
    .flatMap(([, messages]) => messages);
