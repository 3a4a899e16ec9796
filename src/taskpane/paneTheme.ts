/** The three looks of the pane, after Office's own: Fluent's light, dark and high-contrast themes. */
export type PaneThemeName = "light" | "dark" | "highContrast";

/** What Office.context.officeTheme holds (colours as "#RRGGBB"; isDarkTheme only in newer Office). */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export interface ThemeSignals {
  /** Office's theme inside Excel; absent in the web tool. */
  officeTheme?: OfficeThemeLike | null;
  /** `(forced-colors: active)`: Windows high contrast, which Office's WebView also reports. */
  forcedColors: boolean;
  /** `(prefers-color-scheme: dark)`: the browser's or the system's choice, used outside Office. */
  prefersDark: boolean;
}

/** Relative luminance (WCAG 2) of "#RRGGBB" or "#RGB"; undefined when the text is not a colour. */
export function luminance(color: unknown): number | undefined {
  if (typeof color !== "string") return undefined;
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * High contrast wins (the user needs it whatever Office's theme says); then Office's theme, from
 * its own flag or else from how dark its background is; then the browser's preference.
 */
export function paneThemeName(signals: ThemeSignals): PaneThemeName {
  if (signals.forcedColors) return "highContrast";
  const office = signals.officeTheme;
  if (office && typeof office === "object") {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const background = luminance(office.bodyBackgroundColor);
    if (background !== undefined) return background < 0.18 ? "dark" : "light";
  }
  return signals.prefersDark ? "dark" : "light";
}
