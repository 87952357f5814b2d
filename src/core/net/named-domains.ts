/**
 * Addresses and domains written inside a display name, e.g. "info@westa-kawagoe.jp" or
 * "PayPal.com Support". Scans once, splitting at anything that cannot be part of an address, so it
 * is linear in the length of the name (capped like every display name).
 */
export type NamedDomain = {
  /** As found, lower-cased: "info@westa-kawagoe.jp" or "westa-kawagoe.jp". */
  readonly text: string;
  readonly host: string;
  readonly isAddress: boolean;
};

export type DisplayNameScan = {
  readonly named: readonly NamedDomain[];
};

const maxScanned = 1000;

/**
 * A bare "word.tld" in a name is only taken for a domain when the ending is a real, common one:
 * "Mr.Smith", "Ver.2.0" and "No.1" are not domains. Any two-letter country code counts when the
 * name before it is at least three characters (nhk.jp) or has more labels (example.co.jp).
 * Addresses (with @) need no such list: the @ already says it is an address.
 */
const commonTlds = new Set([
  "com",
  "net",
  "org",
  "info",
  "biz",
  "xyz",
  "top",
  "online",
  "site",
  "shop",
  "store",
  "club",
  "app",
  "dev",
  "email",
  "link",
  "live",
  "tech",
  "cloud",
  "page",
  "web",
  "website",
  "space",
  "fun",
  "icu",
  "vip",
  "work",
  "asia",
  "mobi",
  "name",
  "pro",
  "jobs",
  "gov",
  "edu",
  "int",
  "tokyo",
  "osaka",
  "nagoya",
  "yokohama",
  "kyoto",
  "news",
  "blog",
  "support",
  "services",
  "company",
  "group",
  "global",
  "digital",
  "network",
  "systems",
]);

const labelPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function validLabels(host: string): string[] | undefined {
  if (host.length > 253) return undefined;
  const labels = host.split(".");
  if (labels.length < 2 || !labels.every((l) => l.length <= 63 && labelPattern.test(l))) return undefined;
  const tld = labels[labels.length - 1] ?? "";
  if (!/^[a-z]{2,}$/.test(tld) && !tld.startsWith("xn--")) return undefined;
  return labels;
}

function looksLikeBareDomain(labels: readonly string[]): boolean {
  const tld = labels[labels.length - 1] ?? "";
  if (commonTlds.has(tld) || tld.startsWith("xn--")) return true;
  if (tld.length !== 2) return false;
  return labels.length >= 3 || (labels[0] ?? "").length >= 3;
}

const edgePunctuation = new Set([".", "_", "%", "+", "@", "-"]);

/** Trims sentence punctuation around a token with plain loops (a regex `[…]+$` can go quadratic). */
function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && edgePunctuation.has(token.charAt(start))) start += 1;
  while (end > start && edgePunctuation.has(token.charAt(end - 1))) end -= 1;
  return token.slice(start, end);
}

function namedDomainOf(token: string): NamedDomain | undefined {
  const at = token.lastIndexOf("@");
  if (at > 0) {
    const host = token.slice(at + 1);
    return validLabels(host) ? { text: token, host, isAddress: true } : undefined;
  }
  if (at < 0 && token.includes(".")) {
    const labels = validLabels(token);
    if (labels && looksLikeBareDomain(labels)) return { text: token, host: token, isAddress: false };
  }
  return undefined;
}

/** Characters that can be part of an address; everything else separates candidates. */
const addressChars = /[^a-z0-9.@_%+-]+/;

/**
 * A right-to-left override shows the characters after it backwards: "\u202Epj.eogawak-atsew@ofni"
 * reads "info@westa-kawagoe.jp" on screen. The reversed runs are appended, so what the reader
 * sees is scanned too.
 */
function withDisplayedRuns(text: string): string {
  if (!/[\u202B\u202E\u2067]/.test(text)) return text;
  let shown = text;
  for (const match of text.matchAll(/[\u202B\u202E\u2067]([^\u202C\u2069]*)/g)) {
    shown += ` ${Array.from(match[1] ?? "")
      .reverse()
      .join("")}`;
  }
  return shown;
}

export function scanDisplayName(displayName: string): DisplayNameScan {
  const text = withDisplayedRuns(displayName.slice(0, maxScanned))
    .normalize("NFKC")
    .replace(/[\u3002\uff61]/g, ".")
    .toLowerCase();
  const named: NamedDomain[] = [];
  for (const raw of text.split(addressChars)) {
    const found = namedDomainOf(trimPunctuation(raw));
    if (found) named.push(found);
  }
  return { named };
}

/**
 * The display name with its addresses and domains blanked out, NFKC-normalised. What is left is
 * what the name claims in words; the addresses are display-name-address's and lookalike-domain's
 * business, so "info@westakawagoe.jp" <info@westakawagoe.jp> is not also a name impersonation.
 */
export function withoutAddresses(displayName: string): string {
  const text = displayName
    .slice(0, maxScanned)
    .normalize("NFKC")
    .replace(/[\u3002\uff61]/g, ".");
  const parts = text.split(/([^A-Za-z0-9.@_%+-]+)/);
  let out = "";
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? "";
    const isSeparator = i % 2 === 1;
    out += !isSeparator && namedDomainOf(trimPunctuation(part.toLowerCase())) ? " " : part;
  }
  return out;
}
