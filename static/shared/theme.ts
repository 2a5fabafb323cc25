// Light and dark follow the host product through the bridge's opt-in theming, asked for once.
// Should a host set no token styles, the app loads the light or dark token sheet itself: only
// the one it needs, not every theme variant the tokens package knows.
import { view, type FullContext } from '@forge/bridge';

type ColorMode = 'light' | 'dark';

let enabling: Promise<void> | undefined;

function hostColorMode(context: FullContext): ColorMode {
  const attribute = document.documentElement.getAttribute('data-color-mode');
  if (attribute === 'dark' || attribute === 'light') return attribute;
  return context.theme?.colorMode === 'dark' ? 'dark' : 'light';
}

const tokensLoaded = (): boolean =>
  getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim() !== '';

async function tokenSheets(mode: ColorMode): Promise<string[]> {
  const [colors, spacing, typography, shape] = await Promise.all([
    mode === 'dark'
      ? import('@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-dark')
      : import('@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-light'),
    import('@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-spacing'),
    import('@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-typography'),
    import('@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-shape'),
  ]);
  return [colors.default, spacing.default, typography.default, shape.default];
}

async function applyOwnTheme(mode: ColorMode): Promise<void> {
  const html = document.documentElement;
  for (const css of await tokenSheets(mode)) {
    const style = document.createElement('style');
    style.dataset.cgTheme = mode;
    style.textContent = css;
    document.head.appendChild(style);
  }
  // The attributes the token sheets select on, as the tokens package itself sets them.
  html.setAttribute(
    'data-theme',
    'dark:dark light:light shape:shape spacing:spacing typography:typography',
  );
  html.setAttribute('data-color-mode', mode);
}

export function enableTheme(context: FullContext): Promise<void> {
  enabling ??= (async () => {
    try {
      await view.theme.enable();
    } catch {
      // A host without theming: the app's own token sheets below still give light or dark.
    }
    if (!tokensLoaded()) {
      try {
        await applyOwnTheme(hostColorMode(context));
      } catch {
        // Components keep their built-in light fallbacks.
      }
    }
  })();
  return enabling;
}
