import type { Language } from "../core/model/verdict";
import type { OfficeContextPort } from "./ports";

/** "ja" for any Japanese display language (ja, ja-JP), otherwise "en". */
export function languageOf(displayLanguage: string | undefined): Language {
  return typeof displayLanguage === "string" && /^ja(?:[-_]|$)/iu.test(displayLanguage.trim()) ? "ja" : "en";
}

/**
 * Dark when Office says so, else when the body background is dark (relative luminance below
 * one half). Light when nothing is known, matching Outlook's default.
 */
export function themeOf(theme: OfficeContextPort["officeTheme"] | undefined): "light" | "dark" {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const rgb = parseHexColor(theme.bodyBackgroundColor);
  if (!rgb) return "light";
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

function parseHexColor(value: string | undefined): [number, number, number] | undefined {
  if (typeof value !== "string") return undefined;
  const hex = value.trim().replace(/^#/u, "");
  const full = /^[0-9a-f]{3}$/iu.test(hex) ? hex.replace(/./gu, (d) => d + d) : hex;
  if (!/^[0-9a-f]{6}$/iu.test(full)) return undefined;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
