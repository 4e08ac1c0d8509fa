/**
 * Build-time: the colour of each editor token kind in the site's Shiki themes, as CSS custom
 * properties using light-dark(), which follows the colour scheme Starlight sets per theme.
 */
import { bundledThemes, type ThemeRegistrationRaw } from 'shiki';
import { SHIKI_DARK_THEME, SHIKI_LIGHT_THEME } from './shiki-themes';
import { TOKEN_SCOPES, tokenColorVariable, type TokenKind } from './token-scopes';

interface TokenColorRule {
  scope?: string | string[];
  settings?: { foreground?: string };
}

/** Does a TextMate selector (no descendant parts) match a scope? `keyword` matches `keyword.control.ts`. */
function selectorMatches(selector: string, scope: string): boolean {
  return scope === selector || scope.startsWith(`${selector}.`);
}

/** The foreground a theme gives a single scope: the most specific matching rule, later rules winning ties. */
export function themeColorFor(theme: ThemeRegistrationRaw, scope: string): string | undefined {
  let best: { length: number; color: string } | undefined;
  for (const rule of (theme.tokenColors ?? theme.settings ?? []) as TokenColorRule[]) {
    const color = rule.settings?.foreground;
    if (!color || rule.scope === undefined) continue;
    const selectors = (Array.isArray(rule.scope) ? rule.scope : rule.scope.split(',')).map((s) => s.trim());
    for (const selector of selectors) {
      if (selector.includes(' ') || !selectorMatches(selector, scope)) continue;
      if (!best || selector.length >= best.length) best = { length: selector.length, color };
    }
  }
  return best?.color ?? theme.colors?.['editor.foreground'];
}

async function loadTheme(name: keyof typeof bundledThemes): Promise<ThemeRegistrationRaw> {
  return (await bundledThemes[name]()).default as ThemeRegistrationRaw;
}

let cached: Promise<string> | undefined;

/** `--pg-tok-keyword: light-dark(#cf222e, #ff7b72); ...` for a style attribute. */
export function tokenPaletteStyle(): Promise<string> {
  cached ??= (async () => {
    const [light, dark] = await Promise.all([loadTheme(SHIKI_LIGHT_THEME), loadTheme(SHIKI_DARK_THEME)]);
    return (Object.keys(TOKEN_SCOPES) as TokenKind[])
      .map((kind) => {
        const scope = TOKEN_SCOPES[kind];
        return `${tokenColorVariable(kind)}: light-dark(${themeColorFor(light, scope)}, ${themeColorFor(dark, scope)})`;
      })
      .join('; ');
  })();
  return cached;
}
