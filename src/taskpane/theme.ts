import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The subset of Office.context.officeTheme the task pane needs. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of a #rrggbb colour, 0 (black) .. 1 (white). */
function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Follow Office: a dark body background (Office's Black or Dark Gray theme) gets the dark Fluent theme. */
export function themeFor(officeTheme: OfficeThemeColors | undefined): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  return background && luminance(background) < 0.5 ? webDarkTheme : webLightTheme;
}
