import type { CharDiff } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { CoreEnv } from "../engine/env";
import { isWithinDomain } from "./address";
import { charDiff } from "./char-diff";
import { labelToUnicode } from "./punycode";

export type ProtectedDomain = {
  readonly domain: string;
  /** Registrable domain (eTLD+1) of `domain`. */
  readonly registrable: string;
  /** The label the owner registered: "westa-kawagoe" in westa-kawagoe.jp. */
  readonly label: string;
  /** Public suffix of `domain`: "jp". */
  readonly suffix: string;
  /** Skeleton of `label` without hyphens: "westakawagoe". */
  readonly labelKey: string;
  /** Skeleton of the whole domain without dots and hyphens: "westakawagoejp". */
  readonly fullKey: string;
  readonly owner: {
    readonly kind: "organization" | "partner";
    readonly name: string;
    readonly domains: readonly string[];
  };
};

/**
 * - characters: same name after folding lookalike characters (westa-kawag0e.jp, rn for m)
 * - hyphen: same name with a hyphen dropped or added (westakawagoe.jp)
 * - unicode: non-ASCII lookalike letters, usually via punycode (Cyrillic а in wеsta-kawagoe.jp)
 * - suffix: the very same name under another suffix (westa-kawagoe.com, westa-kawagoe.co.jp)
 * - embedded: the genuine domain used as labels of someone else's domain (westa-kawagoe.jp.example.com)
 */
export type LookalikeKind = "characters" | "hyphen" | "unicode" | "suffix" | "embedded";

export type Lookalike = {
  readonly kind: LookalikeKind;
  /** The host as a reader sees it (punycode labels decoded). */
  readonly host: string;
  /** The host as written, when it differs (xn--…). */
  readonly asciiHost: string;
  /** Registrable domain of the host: who really owns it. */
  readonly registrable: string;
  readonly genuine: ProtectedDomain;
  /** Differences between `host` and the genuine domain, indexes in code points of `host`. */
  readonly diff: readonly CharDiff[];
};

/** Brand labels shorter than this are too generic to look for under other suffixes (city, ntt). */
const distinctiveLength = 5;
const maxHostLength = 253;

function keyOf(env: CoreEnv, text: string): string {
  return env.skeleton(text).replace(/[-_.]/g, "");
}

function prepareDomain(env: CoreEnv, domain: string, owner: ProtectedDomain["owner"]): ProtectedDomain | undefined {
  const registrable = env.registrableDomain(domain) ?? domain;
  const suffix = env.publicSuffix(domain) ?? "";
  const label = registrable.split(".")[0] ?? "";
  if (label === "") return undefined;
  return { domain, registrable, label, suffix, labelKey: keyOf(env, label), fullKey: keyOf(env, domain), owner };
}

const cache = new WeakMap<CoreEnv, WeakMap<Policy, readonly ProtectedDomain[]>>();

/** The organisation's and partners' domains, prepared once per policy and environment. */
export function protectedDomains(policy: Policy, env: CoreEnv): readonly ProtectedDomain[] {
  let byPolicy = cache.get(env);
  if (byPolicy === undefined) {
    byPolicy = new WeakMap();
    cache.set(env, byPolicy);
  }
  const cached = byPolicy.get(policy);
  if (cached) return cached;
  const list: ProtectedDomain[] = [];
  const org = {
    kind: "organization" as const,
    name: policy.organization.names[0] ?? "",
    domains: policy.organization.domains,
  };
  for (const domain of policy.organization.domains) {
    const prepared = prepareDomain(env, domain, org);
    if (prepared) list.push(prepared);
  }
  for (const partner of policy.partners) {
    const owner = { kind: "partner" as const, name: partner.name, domains: partner.domains };
    for (const domain of partner.domains) {
      const prepared = prepareDomain(env, domain, owner);
      if (prepared) list.push(prepared);
    }
  }
  byPolicy.set(policy, list);
  return list;
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** Same registered name, compared label-aware: westakawagoe.jp, westa-kawag0e.jp, westa-kawagoe.com. */
function sameNameKind(env: CoreEnv, label: string, suffix: string, p: ProtectedDomain): LookalikeKind | undefined {
  if (keyOf(env, label) !== p.labelKey) return undefined;
  if (suffix !== p.suffix && p.labelKey.length < distinctiveLength) return undefined;
  if (label === p.label) return "suffix";
  if (!isAscii(label)) return "unicode";
  if (label.replace(/-/g, "") === p.label.replace(/-/g, "")) return "hyphen";
  return "characters";
}

type Piece = { readonly key: string; readonly start: number; readonly end: number };

/** Pieces of the host's labels outside its public suffix, split at dots and hyphens, with offsets. */
function piecesOf(env: CoreEnv, host: string, ownLength: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= ownLength; i += 1) {
    const ch = host.charAt(i);
    if (i === ownLength || ch === "." || ch === "-") {
      if (i > start) pieces.push({ key: keyOf(env, host.slice(start, i)), start, end: i });
      start = i + 1;
    }
  }
  return pieces;
}

type Span = { readonly start: number; readonly end: number; readonly whole: boolean };

/**
 * The genuine domain (or its distinctive label) spelled by consecutive pieces of the host outside
 * its public suffix:
 *   westa-kawagoe.jp.example.com, westa-kawagoe-jp.example.com, westa-kawagoe.jp.net,
 *   westa-kawagoe.example.com, secure-westa-kawagoe.com
 * The whole domain is preferred to the label alone when both are there.
 */
function embeddedSpan(pieces: readonly Piece[], p: ProtectedDomain): Span | undefined {
  const longest = Math.max(p.fullKey.length, p.labelKey.length);
  let labelOnly: Span | undefined;
  for (let i = 0; i < pieces.length; i += 1) {
    let joined = "";
    for (let j = i; j < pieces.length; j += 1) {
      joined += pieces[j]?.key ?? "";
      if (joined.length > longest) break;
      const start = pieces[i]?.start ?? 0;
      const end = pieces[j]?.end ?? 0;
      if (joined === p.fullKey) return { start, end, whole: true };
      if (joined === p.labelKey && p.labelKey.length >= distinctiveLength) labelOnly ??= { start, end, whole: false };
    }
  }
  return labelOnly;
}

/** Shows what was added around the imitated part, and how the imitated part itself differs. */
function embeddedDiff(host: string, span: Span, p: ProtectedDomain): CharDiff[] {
  const genuine = span.whole ? p.domain : p.label;
  const before = host.slice(0, span.start);
  const after = host.slice(span.end);
  const offset = codePointLength(before);
  const diffs: CharDiff[] = [];
  if (before !== "") diffs.push({ index: 0, seen: before, genuine: "" });
  for (const d of charDiff(host.slice(span.start, span.end), genuine)) diffs.push({ ...d, index: d.index + offset });
  if (after !== "")
    diffs.push({
      index: codePointLength(host.slice(0, span.end)),
      seen: after,
      genuine: span.whole ? "" : p.domain.slice(p.label.length),
    });
  return diffs;
}

export type HostCheck =
  | { readonly verdict: "genuine" }
  | { readonly verdict: "lookalike"; readonly lookalike: Lookalike }
  | { readonly verdict: "unrelated" };

/**
 * Compares one host with the protected domains. Exact genuine domains and their subdomains (and
 * other hosts under the same registrable domain) are genuine, never lookalikes. No edit distance:
 * only the comparisons above, each of which a reader would agree "imitates" the genuine name.
 */
export function checkHost(rawHost: string, domains: readonly ProtectedDomain[], env: CoreEnv): HostCheck {
  const asciiHost = rawHost.toLowerCase().replace(/\.+$/, "");
  if (asciiHost === "" || asciiHost.length > maxHostLength) return { verdict: "unrelated" };
  const labels = asciiHost.split(".").map(labelToUnicode);
  const host = labels.join(".");
  for (const p of domains) {
    if (isWithinDomain(host, p.domain) || isWithinDomain(asciiHost, p.domain)) return { verdict: "genuine" };
  }
  const registrable = env.registrableDomain(host);
  if (registrable === null || !host.endsWith(registrable)) return { verdict: "unrelated" };
  for (const p of domains) {
    if (registrable === p.registrable) return { verdict: "genuine" };
  }
  const suffix = env.publicSuffix(host) ?? "";
  const label = registrable.split(".")[0] ?? "";
  const offset = codePointLength(host) - codePointLength(registrable);
  const found = (kind: LookalikeKind, p: ProtectedDomain, diff: readonly CharDiff[]): HostCheck => ({
    verdict: "lookalike",
    lookalike: { kind, host, asciiHost, registrable, genuine: p, diff },
  });

  for (const p of domains) {
    const kind = sameNameKind(env, label, suffix, p);
    if (kind) {
      const diff = charDiff(registrable, p.registrable).map((d) => ({ ...d, index: d.index + offset }));
      return found(kind, p, diff);
    }
  }

  const ownLength = Math.max(host.length - (suffix === "" ? 0 : suffix.length + 1), 0);
  const pieces = piecesOf(env, host, ownLength);
  for (const p of domains) {
    const span = embeddedSpan(pieces, p);
    if (span) return found("embedded", p, embeddedDiff(host, span, p));
  }
  return { verdict: "unrelated" };
}
