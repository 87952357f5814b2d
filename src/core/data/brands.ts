import { brandTable } from "./brand-catalogue";

export type BrandSource = "jpcert" | "global" | "prior";

export type Brand = {
  /** Shown to the reader: the first name of the line. */
  readonly name: string;
  /** Every name, the first included; "=" marks an exact, case-sensitive word. */
  readonly names: readonly string[];
  /** Every domain the brand may send from, confirmed or not. */
  readonly domains: readonly string[];
  /** The domains of `domains` we could not confirm as sending domains ("?" in the table). */
  readonly unconfirmed: readonly string[];
  /** Where the brand came from; empty for brands of the policy. */
  readonly sources: readonly BrandSource[];
};

const sourceCodes: Readonly<Record<string, BrandSource>> = { J: "jpcert", G: "global", P: "prior" };

/**
 * Departments and services phishing appends to a brand (「…事務局」「…カスタマーサポート」). A name
 * written "au+" in the table stands for these forms only, because the bare word is too generic.
 */
export const departmentSuffixes = [
  "事務局",
  "会員事務局",
  "カスタマーセンター",
  "カスタマーサポート",
  "カスタマーサービス",
  "サポートセンター",
  "サポート",
  "お客様センター",
  "お客さまセンター",
  "お客さまサポート",
  "インフォメーション",
  "公式",
  "カード",
  "ID",
  " Support",
  " Billing",
  " Payment",
  " Account",
  " Membership",
  " Subscription",
  " Renewal",
  " Security",
  " Service",
  " Team",
  " Help Desk",
  " Customer Service",
];

/** A generated form the line already lists by itself (イオン+ and イオンカード) is kept once. */
function expandNames(written: readonly string[]): string[] {
  const expanded = written.flatMap((name) =>
    name.endsWith("+") ? departmentSuffixes.map((suffix) => name.slice(0, -1) + suffix) : [name],
  );
  return [...new Set(expanded)];
}

/** Parses the catalogue; a line it cannot read is left out (the shape test names such lines). */
export function parseBrandTable(text: string): Brand[] {
  const brands: Brand[] = [];
  for (const line of text.split("\n")) {
    const space = line.indexOf(" ");
    const colon = line.lastIndexOf(":");
    if (space < 0 || colon < space) continue;
    const sources = Array.from(line.slice(0, space)).map((code) => sourceCodes[code]);
    if (sources.length === 0 || sources.some((s) => s === undefined)) continue;
    const names = expandNames(
      line
        .slice(space + 1, colon)
        .split("|")
        .map((n) => n.trim())
        .filter((n) => n !== ""),
    );
    const written = line
      .slice(colon + 1)
      .split(" ")
      .filter((d) => d !== "");
    const domains = written.map((d) => d.replace(/^\?/, ""));
    const first = names[0];
    if (first === undefined || domains.length === 0) continue;
    brands.push({
      name: first.replace(/^=/, ""),
      names,
      domains,
      unconfirmed: written.filter((d) => d.startsWith("?")).map((d) => d.slice(1)),
      sources: sources.filter((s) => s !== undefined),
    });
  }
  return brands;
}

export const builtInBrands: readonly Brand[] = parseBrandTable(brandTable);
