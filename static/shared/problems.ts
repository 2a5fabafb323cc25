// Field-level problems by path (`answers.history`, `criteria[2].weight`), so each field finds its own.
import type { Problem } from '../../src/contract/ui-kit';

export type ProblemIndex = ReadonlyMap<string, readonly string[]>;

export const EMPTY_PROBLEMS: ProblemIndex = new Map();

export function indexProblems(
  ...lists: ReadonlyArray<readonly Problem[] | undefined>
): ProblemIndex {
  const index = new Map<string, string[]>();
  for (const list of lists) {
    for (const problem of list ?? []) {
      const path = problem.path ?? '';
      const messages = index.get(path) ?? [];
      if (!messages.includes(problem.message)) messages.push(problem.message);
      index.set(path, messages);
    }
  }
  return index;
}

/** Problems at `path` or anywhere beneath it (`tiers[0]` covers `tiers[0].name.en-US`). */
export function countUnder(index: ProblemIndex, prefix: string): number {
  let count = 0;
  for (const [path, messages] of index) {
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`))
      count += messages.length;
  }
  return count;
}
