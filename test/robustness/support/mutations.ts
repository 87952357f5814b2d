/**
 * Byte-level mutations of real mails: the damage a broken mailer, a hostile sender or a lossy
 * gateway does. Everything is seeded so a failing case can be rebuilt from its label.
 */

import { seededRandom } from "../../../src/core/drill/seeded-random";

export type Rng = {
  /** Uniform in [0, 1). */
  readonly next: () => number;
  readonly int: (maxExclusive: number) => number;
};

/** The drill maker's mulberry32, so the mutations and the drills share one generator. */
export function seededRng(seed: number): Rng {
  const random = seededRandom(seed);
  return { next: random.next, int: (max) => Math.floor(random.next() * max) };
}

/** Picks `count` distinct items with the seeded generator (Fisher–Yates prefix). */
export function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + rng.int(copy.length - i);
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy.slice(0, n);
}

const encoder = new TextEncoder();
const latin1 = new TextDecoder("latin1");

/** Bytes as a string with one char per byte, so edits never re-encode the mail's own bytes. */
function asBinary(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

function fromBinary(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function concat(...chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Index just past the header block ("\r\n\r\n" or "\n\n"), or the end when there is none. */
function headerEnd(text: string): number {
  const crlf = text.indexOf("\r\n\r\n");
  const lf = text.indexOf("\n\n");
  const ends = [crlf >= 0 ? crlf + 2 : -1, lf >= 0 ? lf + 1 : -1].filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

export type Mutation = {
  readonly name: string;
  readonly apply: (bytes: Uint8Array, rng: Rng) => Uint8Array;
};

const garbageLines = [
  "this line has no colon at all",
  ": value with no name",
  "X-Garbage\u0000: nul in the name",
  "X-High-Bytes: \u00ff\u00fe\u00fd\u0080\u0081",
  "From: ",
  "From: <>",
  "Reply-To: ,,,,,;;;;<<<<>>>>",
  "Subject: =?UTF-8?B?!!!not base64!!!?=",
  "Subject: =?x-unknown-charset?Q?=E3=82=A6?=",
  "Authentication-Results: ;;;;;;;;",
  " continuation line with nothing before it",
  `X-Long: ${"a".repeat(100_000)}`,
  `X-Many-Words: ${"=?UTF-8?B?44Km?= ".repeat(2000)}`,
  `To: ${Array.from({ length: 2000 }, (_, i) => `u${i}@example.com`).join(", ")}`,
  "Content-Type: multipart/mixed; boundary=",
  'Content-Type: multipart/mixed; boundary="never-used"',
  "Content-Transfer-Encoding: x-unknown",
];

const charsetLabels = [
  "x-unknown-ÿ",
  "utf-7",
  "iso-2022-jp",
  "shift_jis",
  "utf-16",
  "",
  '"',
  "utf-8\u0000",
  "csISO2022JP",
  "bogus; charset=utf-8",
];

/** The mutations the fuzz test applies to every sampled mail. */
export const mutations: readonly Mutation[] = [
  {
    name: "truncated",
    apply: (bytes, rng) => bytes.slice(0, rng.int(bytes.length + 1)),
  },
  {
    name: "garbage header lines",
    apply: (bytes, rng) => {
      const text = asBinary(bytes);
      const lines = Array.from({ length: 1 + rng.int(4) }, () => garbageLines[rng.int(garbageLines.length)] ?? "");
      const at = rng.next() < 0.5 ? 0 : headerEnd(text) - 1;
      return fromBinary(`${text.slice(0, Math.max(0, at))}${lines.join("\r\n")}\r\n${text.slice(Math.max(0, at))}`);
    },
  },
  {
    name: "wrong charset labels",
    apply: (bytes, rng) => {
      const label = charsetLabels[rng.int(charsetLabels.length)] ?? "";
      const text = asBinary(bytes).replace(/charset\s*=\s*"?[^";\s]*"?/gi, `charset="${label}"`);
      // Mails that declare no charset get one anyway, on their first Content-Type.
      return fromBinary(
        text.includes("charset=")
          ? text
          : text.replace(/Content-Type:\s*([^;\r\n]*)/i, `Content-Type: $1; charset=${label}`),
      );
    },
  },
  {
    name: "NUL bytes",
    apply: (bytes, rng) => {
      const out = new Uint8Array(bytes);
      const count = 1 + rng.int(64);
      for (let i = 0; i < count && out.length > 0; i++) out[rng.int(out.length)] = 0;
      return out;
    },
  },
  {
    name: "broken base64",
    apply: (bytes, rng) => {
      const text = asBinary(bytes);
      const junk = ["====", "!!@@##", "A", "\u0000\u0000", "=\r\n=", "QUJD\r\n-----\r\n"];
      // Damage the inside of every base64 body and claim base64 where there was none.
      const damaged = text
        .replace(/Content-Transfer-Encoding:\s*(7bit|8bit|quoted-printable)/gi, "Content-Transfer-Encoding: base64")
        .replace(/([A-Za-z0-9+/]{40,})/g, (m) => {
          const at = rng.int(m.length);
          return `${m.slice(0, at)}${junk[rng.int(junk.length)] ?? ""}${m.slice(at)}`;
        });
      return fromBinary(damaged);
    },
  },
  nested(200),
];

/** Index of the first body byte (after the blank line), or the end when there is none. */
function bodyStart(text: string): number {
  const end = headerEnd(text);
  if (end >= text.length) return end;
  return text.startsWith("\r\n", end) ? end + 2 : end + 1;
}

function nested(depth: number): Mutation {
  return {
    name: `${depth} nested multiparts`,
    apply: (bytes) => {
      const text = asBinary(bytes);
      const end = headerEnd(text);
      const head = text.slice(0, end).replace(/^Content-Type:.*(\r?\n[ \t].*)*\r?\n/gim, "");
      let open = "";
      let close = "";
      for (let i = 0; i < depth; i++) {
        open += `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`;
        close = `\r\n--n${i}--\r\n${close}`;
      }
      return fromBinary(
        `${head.trimEnd()}\r\nMIME-Version: 1.0\r\n${open}Content-Type: text/plain; charset=utf-8\r\n\r\n${text.slice(bodyStart(text))}${close}`,
      );
    },
  };
}

/** A 10 MB line at the top of the body: slow paths and per-line regexes show up here. Applied to few mails. */
export const tenMegabyteBodyLine: Mutation = {
  name: "10 MB body line",
  apply: (bytes) => {
    const text = asBinary(bytes);
    const at = bodyStart(text);
    return concat(
      fromBinary(text.slice(0, at)),
      encoder.encode(`${"ウ".repeat(1_000)}${"A".repeat(10_000_000)}\r\n`),
      fromBinary(text.slice(at)),
    );
  },
};

/**
 * Damage beyond the parser's own limits (postal-mime: 2 MB of headers, 256 levels of nesting).
 * There the parser refuses the mail; a clear refusal is acceptable, a crash or a hang is not.
 */
export const beyondParserLimits: readonly Mutation[] = [
  {
    name: "10 MB header line",
    apply: (bytes) => {
      const text = asBinary(bytes);
      return concat(encoder.encode(`X-Huge: ${"A".repeat(10_000_000)}\r\n`), fromBinary(text));
    },
  },
  nested(300),
];
