import { doc, p, text } from '@atlaskit/adf-utils/builders';

/** A comment body in ADF: plain paragraphs, every string as text (never markup). */
export function paragraphs(...lines: string[]): ReturnType<typeof doc> {
  return doc(...lines.map((line) => p(text(line))));
}
