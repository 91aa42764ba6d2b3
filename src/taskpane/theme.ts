// Office's theme colours (dark mode, coloured themes) as CSS variables, when the host gives them.

export interface ThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const VARS: readonly [keyof ThemeColors, string][] = [
  ['bodyBackgroundColor', '--body-bg'],
  ['bodyForegroundColor', '--body-fg'],
  ['controlBackgroundColor', '--control-bg'],
  ['controlForegroundColor', '--control-fg'],
];

/** Only plain #rgb / #rrggbb values pass, so nothing but a colour reaches the style sheet. */
export function applyTheme(root: HTMLElement, theme: ThemeColors | null | undefined): void {
  if (!theme) return;
  for (const [key, cssVar] of VARS) {
    const value = theme[key];
    if (typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) root.style.setProperty(cssVar, value);
  }
}
