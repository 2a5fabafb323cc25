// The Atlassian design tokens' theme CSS, as the product host loads it when a Custom UI enables theming.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const THEMES = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
];

/** The `data-theme` value Forge puts on a themed iframe's html element. */
export const THEME_ATTRIBUTE =
  'dark:dark light:light spacing:spacing typography:typography shape:shape';

let cached: string | undefined;

export function themeCss(): string {
  if (cached !== undefined) return cached;
  const resolvePackage = createRequire(__filename);
  const root = dirname(resolvePackage.resolve('@atlaskit/tokens/package.json'));
  cached = THEMES.map((name) => {
    const source = readFileSync(
      join(root, 'dist', 'cjs', 'artifacts', 'themes', `${name}.js`),
      'utf8',
    );
    const match = /exports\.default = ("(?:[^"\\]|\\.)*");/s.exec(source);
    if (match?.[1] === undefined)
      throw new Error(`Forge emulator: cannot read the ${name} token theme from @atlaskit/tokens`);
    return JSON.parse(match[1]) as string;
  }).join('\n');
  return cached;
}
