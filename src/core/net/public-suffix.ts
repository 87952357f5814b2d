import { labelToUnicode } from "./punycode";

/**
 * A small Public Suffix List lookup for the launch-event handler, where the full tldts-icann table
 * does not fit the bundle budget. It answers like tldts-icann's getPublicSuffix / getDomain for
 * host names (what the core passes): same rules (generated from that package), same walk (longest
 * match, exact label before wildcard, exceptions first, else the last label), same host checks.
 * The table holds IDN rules in Unicode only, so "xn--" labels are decoded before matching; the
 * answer keeps the host's own spelling.
 *
 * Not reproduced, because the core never passes them: URL parsing (scheme, port, path, user@),
 * tab/newline removal inside a host, and IDNA checks of "xn--" labels. Those inputs give null here.
 */

/** Suffix → true when a rule ends there, false for a node that only leads to deeper rules. */
export type SuffixTrie = ReadonlyMap<string, boolean>;

export type SuffixRules = { readonly rules: SuffixTrie; readonly exceptions: SuffixTrie };

function addRule(trie: Map<string, boolean>, name: string): void {
  trie.set(name, true);
  for (let dot = name.indexOf("."); dot >= 0; dot = name.indexOf(".", dot + 1)) {
    const ancestor = name.slice(dot + 1);
    if (!trie.has(ancestor)) trie.set(ancestor, false);
  }
}

/** Reads the generated "parent:child,child;…" text ("*" wildcard, "!label" exception). */
export function unpackSuffixRules(packed: string): SuffixRules {
  const rules = new Map<string, boolean>();
  const exceptions = new Map<string, boolean>();
  for (const group of packed.split(";")) {
    const colon = group.indexOf(":");
    if (colon < 0) continue;
    const parent = group.slice(0, colon);
    for (const child of group.slice(colon + 1).split(",")) {
      if (child.startsWith("!")) addRule(exceptions, `${child.slice(1)}.${parent}`);
      else addRule(rules, `${child}.${parent}`);
    }
  }
  return { rules, exceptions };
}

/**
 * Walks the labels right to left like the trie does; returns how many labels (from the right)
 * the deepest rule covers, 0 when none. A label takes the exact node, else the wildcard node.
 */
function deepestMatch(labels: readonly string[], trie: SuffixTrie): number {
  let path = "";
  let matched = 0;
  for (let count = 1; count <= labels.length; count++) {
    const label = labels[labels.length - count] ?? "";
    const exact = path === "" ? label : `${label}.${path}`;
    const wildcard = path === "" ? "*" : `*.${path}`;
    const next = trie.has(exact) ? exact : trie.has(wildcard) ? wildcard : undefined;
    if (next === undefined) break;
    path = next;
    if (trie.get(next) === true) matched = count;
  }
  return matched;
}

/** A decoded label that contains a dot (only from junk punycode) would shift the labels: keep it encoded. */
function unicodeLabel(label: string): string {
  const decoded = labelToUnicode(label);
  return decoded.includes(".") ? label : decoded;
}

/** Four labels of digits are an IPv4 address (or a broken one); tldts answers null for both, and reads 0x… labels as names. */
function looksLikeIpv4(host: string): boolean {
  const labels = host.split(".");
  return labels.length === 4 && labels.every((label) => /^[0-9]+$/u.test(label));
}

/** tldts's host check: ≤ 255 characters, labels of 1–63 [a-z0-9_-] or non-ASCII, no hyphen at either end. */
function isValidHost(host: string): boolean {
  if (host.length === 0 || host.length > 255) return false;
  let lastDot = -1;
  let last = -1;
  for (let i = 0; i < host.length; i++) {
    const code = host.charCodeAt(i);
    if (code === 46) {
      if (i - lastDot > 64 || last === 46 || last === 45) return false;
      lastDot = i;
    } else {
      const allowed =
        (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127 || code === 45 || code === 95;
      if (!allowed || (code === 45 && (last === 46 || i === 0))) return false;
    }
    last = code;
  }
  return host.length - lastDot - 1 <= 63 && last !== 45;
}

/** Lower-cased host without surrounding blanks and trailing dots; null for IPs and invalid hosts. */
function canonicalHost(input: string): string | null {
  const text = input.toLowerCase();
  // tldts drops control characters and spaces around the host (code points up to 0x20).
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start + 1 && text.charCodeAt(end - 1) <= 32) end--;
  while (end > start + 1 && text.charCodeAt(end - 1) === 46) end--;
  const host = text.slice(start, end);
  if (looksLikeIpv4(host) || !isValidHost(host)) return null;
  return host;
}

/** Public suffix of a host ("co.jp", "com", or the last label when no rule matches); null for IPs and junk. */
export function publicSuffixOf(input: string, table: SuffixRules): string | null {
  const host = canonicalHost(input);
  if (host === null) return null;
  const labels = host.split(".");
  const matchable = labels.map(unicodeLabel);
  const exception = deepestMatch(matchable, table.exceptions);
  // An exception rule ("!city.kawasaki.jp") makes its parent the suffix.
  const count = exception > 0 ? exception - 1 : Math.max(deepestMatch(matchable, table.rules), 1);
  return labels.slice(labels.length - count).join(".");
}

/** Registrable domain (public suffix + one label); null for IPs, junk and hosts that are a suffix. */
export function registrableDomainOf(input: string, table: SuffixRules): string | null {
  const host = canonicalHost(input);
  if (host === null) return null;
  const suffix = publicSuffixOf(host, table);
  if (suffix === null) return null;
  let leadingDots = 0;
  while (leadingDots < host.length && host.charCodeAt(leadingDots) === 46) leadingDots++;
  if (suffix.length === host.length - leadingDots) return null;
  const lastDot = host.lastIndexOf(".", host.length - suffix.length - 2);
  return lastDot === -1 ? host : host.slice(lastDot + 1);
}
