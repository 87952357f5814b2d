import type { HeaderField } from "../model/facts";

/**
 * Authentication-Results (RFC 8601) in both shapes seen in real mail:
 *
 *   mx.google.com; dkim=pass header.i=@example.com; spf=pass smtp.mailfrom=example.com
 *   spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=pass (signature was
 *     verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100
 *
 * The second is Microsoft's: no authserv-id, a `compauth` method and `action`/`reason` words.
 */

export type AuthMethodResult = {
  /** Lower-cased method: spf, dkim, dmarc, compauth, arc, iprev, … */
  readonly method: string;
  /** Lower-cased result: pass, fail, softfail, none, neutral, temperror, permerror, bestguesspass, … */
  readonly result: string;
  /** `reason=` (compauth's three-digit code, or free text). */
  readonly reason?: string;
  /** `action=` (Microsoft's DMARC action: none, oreject, pct.quarantine, …). */
  readonly action?: string;
  /** ptype.property values, keys lower-cased: "smtp.mailfrom", "header.from", "header.d", "header.i". */
  readonly properties: Readonly<Record<string, string>>;
  /** The method's version ("dkim/1"), when written. */
  readonly version?: number;
};

export type AuthResultsHeader = {
  /** The server that wrote the header; undefined in Microsoft's form. */
  readonly authservId?: string;
  /** The header's version after the authserv-id ("example.org 1"), when written. */
  readonly version?: number;
  readonly results: readonly AuthMethodResult[];
  /**
   * An unclosed comment or quoted string, or a ")" with no "(" open: what follows may be lost
   * ("dkim=pass (unterminated; dmarc=fail" keeps only dkim=pass), so the passes read from such
   * a header are dropped and only its failures are kept.
   */
  readonly malformed?: boolean;
};

type Token = { readonly kind: "word" | "quoted" | "=" | ";"; readonly text: string };

/**
 * RFC 8601 lets comments and spaces stand around "/" and "." (B.7: `dkim (…) / 1 (…) = fail
 * policy (…) . (…) expired = …`): pieces of one key, split that way and followed by "=", are joined.
 */
function joinSplitKeys(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    const prev = out[out.length - 1];
    const joins =
      prev?.kind === "word" && token.kind === "word" && (/[/.]$/.test(prev.text) || /^[/.]/.test(token.text));
    if (prev !== undefined && joins && keyFollows(tokens, i))
      out[out.length - 1] = { kind: "word", text: prev.text + token.text };
    else out.push(token);
  }
  return out;
}

/** The words from `i` on, joined by "/" and ".", end in "=": they are one key. */
function keyFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length; j += 1) {
    const t = tokens[j];
    if (t?.kind === "=") return true;
    if (t?.kind !== "word") return false;
    const next = tokens[j + 1];
    if (next?.kind === "word" && !/[/.]$/.test(t.text) && !/^[/.]/.test(next.text)) return false;
  }
  return false;
}

/** Splits a header value into words, quoted strings, "=" and ";", dropping (nested) comments. */
function tokenize(value: string): { tokens: Token[]; malformed: boolean } {
  const tokens: Token[] = [];
  let malformed = false;
  let i = 0;
  while (i < value.length) {
    const c = value.charAt(i);
    if (c === "(") {
      let depth = 1;
      i += 1;
      while (i < value.length && depth > 0) {
        const d = value.charAt(i);
        if (d === "\\") i += 1;
        else if (d === "(") depth += 1;
        else if (d === ")") depth -= 1;
        i += 1;
      }
      if (depth > 0) malformed = true;
    } else if (c === '"') {
      let text = "";
      i += 1;
      while (i < value.length && value.charAt(i) !== '"') {
        if (value.charAt(i) === "\\") i += 1;
        text += value.charAt(i);
        i += 1;
      }
      if (i >= value.length) malformed = true;
      i += 1;
      tokens.push({ kind: "quoted", text });
    } else if (c === "=" || c === ";") {
      tokens.push({ kind: c, text: c });
      i += 1;
    } else if (c === ")") {
      malformed = true; // a ")" with no comment open
      i += 1;
    } else if (/\s/.test(c)) {
      i += 1;
    } else {
      const start = i;
      while (i < value.length && !/[\s()";=]/.test(value.charAt(i))) i += 1;
      tokens.push({ kind: "word", text: value.slice(start, i) });
    }
  }
  return { tokens: joinSplitKeys(tokens), malformed };
}

type Pair = { readonly key: string; readonly value: string };

/** One ";"-separated segment read as key=value pairs; a leading bare word is returned apart. */
function readSegment(tokens: readonly Token[]): { lead: string[]; pairs: Pair[] } {
  const lead: string[] = [];
  const pairs: Pair[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind === "=") continue;
    const next = tokens[i + 1];
    if (next?.kind === "=") {
      const value = tokens[i + 2];
      const hasValue = value !== undefined && (value.kind === "word" || value.kind === "quoted");
      pairs.push({ key: token.text.toLowerCase(), value: hasValue ? value.text : "" });
      i += hasValue ? 2 : 1;
    } else if (pairs.length === 0) {
      lead.push(token.text);
    }
  }
  return { lead, pairs };
}

function isMethodKey(key: string): boolean {
  return !key.includes(".") && key !== "reason" && key !== "action";
}

/** Parses one Authentication-Results value (either shape). Never throws. */
export function parseAuthenticationResults(value: string): AuthResultsHeader {
  const segments: Token[][] = [[]];
  const { tokens, malformed } = tokenize(value);
  for (const token of tokens) {
    if (token.kind === ";") segments.push([]);
    else segments[segments.length - 1]?.push(token);
  }
  let authservId: string | undefined;
  let version: number | undefined;
  const results: AuthMethodResult[] = [];
  segments.forEach((segment, index) => {
    const { lead, pairs } = readSegment(segment);
    if (index === 0 && lead.length > 0) authservId = lead[0]?.toLowerCase();
    if (index === 0 && /^\d+$/.test(lead[1] ?? "")) version = Number(lead[1]);
    // Sloppy writers put several methods in one segment: a bare key (no dot) starts a new one.
    let current:
      | {
          method: string;
          result: string;
          reason?: string;
          action?: string;
          properties: Record<string, string>;
          version?: number;
        }
      | undefined;
    for (const pair of pairs) {
      if (isMethodKey(pair.key)) {
        const [method = pair.key, written] = pair.key.split("/");
        current = {
          method,
          result: pair.value.toLowerCase(),
          properties: {},
          ...(written !== undefined && /^\d+$/.test(written) ? { version: Number(written) } : {}),
        };
        results.push(current);
      } else if (current) {
        if (pair.key === "reason") current.reason = pair.value;
        else if (pair.key === "action") current.action = pair.value.toLowerCase();
        else current.properties[pair.key] = pair.value;
      }
    }
  });
  return {
    ...(authservId !== undefined ? { authservId } : {}),
    ...(version !== undefined ? { version } : {}),
    results,
    ...(malformed ? { malformed: true } : {}),
  };
}

/** The results that count, chosen from the whole header block (see receivingAuthResults). */
export type AuthSummary = {
  /** Authentication-Results headers the receiving side wrote, parsed, topmost first. */
  readonly headers: readonly AuthResultsHeader[];
  /** Authentication-Results headers further down that were ignored (may be forged by the sender). */
  readonly ignored: number;
  readonly spf?: AuthMethodResult;
  readonly dkim: readonly AuthMethodResult[];
  readonly dmarc?: AuthMethodResult;
  readonly compauth?: AuthMethodResult;
  /** X-MS-Exchange-Organization-AuthAs: "anonymous", "internal", "partner"; undefined when absent. */
  readonly authAs?: string;
};

const empty: AuthSummary = { headers: [], ignored: 0, dkim: [] };

/**
 * Picks the Authentication-Results the receiving side wrote, and only those.
 *
 * Headers are prepended as mail travels, so the receiving server's own results sit at the top.
 * Anything lower was written by an earlier hop or by the sender, and a forger can write
 * "dmarc=pass" there for free. So: the first Authentication-Results header, plus the ones
 * directly related to it — same authserv-id (or both without one, Microsoft's form) — until a
 * Received header intervenes, which marks the previous hop. Everything else is counted in
 * `ignored` and never read. Limitation: if the receiving side wrote none at all, the topmost
 * header could still be a forged one; callers only ever let results raise a warning, except
 * for policy trust, which failures remove and passes never grant.
 */
export function receivingAuthResults(headers: readonly HeaderField[] | undefined): AuthSummary {
  if (!headers) return empty;
  const chosen: AuthResultsHeader[] = [];
  let total = 0;
  let closed = false;
  let authAs: string | undefined;
  for (const field of headers) {
    const name = field.name.toLowerCase();
    if (name === "x-ms-exchange-organization-authas" && authAs === undefined) authAs = field.value.trim().toLowerCase();
    if (name === "received" && chosen.length > 0) closed = true;
    if (name !== "authentication-results") continue;
    total += 1;
    if (closed) continue;
    const parsed = parseAuthenticationResults(field.value);
    if (chosen.length > 0 && parsed.authservId !== chosen[0]?.authservId) {
      closed = true;
      continue;
    }
    chosen.push(parsed);
  }
  // A malformed header may have lost what followed its flaw: its passes prove nothing, its failures still warn.
  const all = chosen.flatMap((h) => (h.malformed === true ? h.results.filter((r) => !isPass(r)) : h.results));
  const first = (method: string): AuthMethodResult | undefined => all.find((r) => r.method === method);
  const spf = first("spf");
  const dmarc = first("dmarc");
  const compauth = first("compauth");
  return {
    headers: chosen,
    ignored: total - chosen.length,
    ...(spf ? { spf } : {}),
    dkim: all.filter((r) => r.method === "dkim"),
    ...(dmarc ? { dmarc } : {}),
    ...(compauth ? { compauth } : {}),
    ...(authAs !== undefined ? { authAs } : {}),
  };
}

/** The domain a result speaks for: header.from (DMARC), smtp.mailfrom (SPF), header.d / header.i (DKIM). */
export function resultDomain(result: AuthMethodResult): string {
  const p = result.properties;
  const raw = p["header.from"] ?? p["smtp.mailfrom"] ?? p["header.d"] ?? p["header.i"] ?? "";
  const at = raw.lastIndexOf("@");
  return (at >= 0 ? raw.slice(at + 1) : raw).toLowerCase();
}

export function isFail(result: AuthMethodResult | undefined): boolean {
  return result !== undefined && (result.result === "fail" || result.result === "hardfail");
}

/**
 * Only "pass". Microsoft's dmarc=bestguesspass means the domain publishes no DMARC record and
 * Exchange guessed what one would have said: the owner stated no policy, so nothing is proven
 * about who may send for it (docs/rules/authentication.md).
 */
export function isPass(result: AuthMethodResult | undefined): boolean {
  return result?.result === "pass";
}
