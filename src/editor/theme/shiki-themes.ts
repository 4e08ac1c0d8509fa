/**
 * The two Shiki themes used everywhere code is coloured: Starlight's Expressive Code blocks,
 * and any code the site highlights itself (the playground), so colours match in both places.
 * The first is the dark theme, the second the light one (Expressive Code's order).
 */
export const SHIKI_THEMES = ['github-dark-default', 'github-light-default'] as const;

export const SHIKI_DARK_THEME = SHIKI_THEMES[0];
export const SHIKI_LIGHT_THEME = SHIKI_THEMES[1];
