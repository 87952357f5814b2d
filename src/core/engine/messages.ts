import type { Localized } from "../model/verdict";

/** Fills {name} placeholders from evidence; unknown placeholders are left visible, never dropped. */
export function fillMessage(template: Localized, values: Readonly<Record<string, string>>): Localized {
  const fill = (text: string): string =>
    text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, key: string) =>
      Object.hasOwn(values, key) ? (values[key] ?? whole) : whole,
    );
  return { ja: fill(template.ja), en: fill(template.en) };
}
