import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseAuthenticationResults } from "../../src/core/net/auth-results";

/**
 * Runs DKIM Verifier's Authentication-Results parser spec (github.com/lieser/dkim_verifier, MIT,
 * test/unittest/arhParserSpec.mjs.js) against our parser, read from the file itself rather than a
 * copy. The file is found at $ARH_PARSER_SPEC, else in a dkim_verifier checkout beside the
 * repository (../dkim_verifier/test/unittest/arhParserSpec.mjs.js).
 *
 * Its mocha/chai calls are given stand-ins that record every expectation instead of stopping at
 * the first, and its ArhParser is an adapter over parseAuthenticationResults.
 */
export const arhSpecPath =
  process.env.ARH_PARSER_SPEC ??
  fileURLToPath(new URL("../../../dkim_verifier/test/unittest/arhParserSpec.mjs.js", import.meta.url));
export const arhSpecPresent = existsSync(arhSpecPath);

export type Expectation = {
  readonly kind: "value" | "throw";
  readonly ok: boolean;
  readonly detail: string;
  readonly strict: boolean;
};
export type SpecCase = {
  readonly name: string;
  readonly expectations: readonly Expectation[];
  readonly error?: string;
};

type ParsedLike = {
  authserv_id: string;
  authres_version: number;
  resinfo: {
    method: string;
    method_version: number;
    result: string;
    reason?: string;
    properties: Record<string, Record<string, string>>;
  }[];
};

/** Binary strings (one char per byte) as the spec passes internationalized headers. */
function fromBinary(text: string): string {
  return Array.from(text).every((c) => c.charCodeAt(0) <= 0xff)
    ? new TextDecoder().decode(Uint8Array.from(text, (c) => c.charCodeAt(0)))
    : text;
}

let lastCallStrict = false;

const arhParser = {
  parse(header: string, relaxed?: boolean, internationalized?: boolean): ParsedLike {
    lastCallStrict = relaxed !== true;
    const value = (internationalized === true ? fromBinary(header) : header)
      .replace(/^Authentication-Results:/i, "")
      .replace(/\r?\n$/, "");
    const parsed = parseAuthenticationResults(value);
    // Our parser is relaxed by design (Microsoft's form has no authserv-id); a malformed header is the one it rejects.
    if (parsed.malformed === true) throw new Error("malformed Authentication-Results header");
    return {
      authserv_id: parsed.authservId ?? "",
      authres_version: parsed.version ?? 1,
      resinfo: parsed.results.map((r) => {
        const properties: Record<string, Record<string, string>> = { smtp: {}, header: {}, body: {}, policy: {} };
        for (const [key, v] of Object.entries(r.properties)) {
          const dot = key.indexOf(".");
          const ptype = key.slice(0, dot);
          (properties[ptype] ??= {})[key.slice(dot + 1)] = v;
        }
        return {
          method: r.method,
          method_version: r.version ?? 1,
          result: r.result,
          ...(r.reason !== undefined ? { reason: r.reason } : {}),
          properties,
        };
      }),
    };
  },
};

function toBinaryString(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join("");
}

/** Loads the spec and runs every case through the adapter; each case lists its expectations. */
export function runArhSpec(): SpecCase[] {
  const source = readFileSync(arhSpecPath, "utf8").replace(/^\s*import\s[^;]+;\s*$/gm, "");
  const pending: { name: string; fn: () => void }[] = [];
  const trail: string[] = [];
  const describe = (name: string, body: () => void): void => {
    trail.push(name);
    body();
    trail.pop();
  };
  const it = (name: string, fn: () => void): void => {
    pending.push({ name: [...trail, name].join(" › "), fn });
  };
  let current: Expectation[] = [];
  const expect = (actual: unknown) => ({
    to: {
      be: {
        equal(expected: unknown): void {
          current.push({
            kind: "value",
            ok: Object.is(actual, expected),
            detail: `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
            strict: lastCallStrict,
          });
        },
      },
      throw(): void {
        let threw = false;
        try {
          (actual as () => unknown)();
        } catch {
          threw = true;
        }
        current.push({ kind: "throw", ok: threw, detail: threw ? "threw" : "did not throw", strict: lastCallStrict });
      },
    },
  });
  // The spec is a test file of a peer project: evaluating its body is the point of this loader,
  // and it sees nothing but the stand-ins above.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const spec = new Function("describe", "it", "expect", "ArhParser", "toBinaryString", source) as (
    ...args: unknown[]
  ) => void;
  spec(describe, it, expect, arhParser, toBinaryString);
  return pending.map(({ name, fn }) => {
    current = [];
    try {
      fn();
      return { name, expectations: current };
    } catch (error) {
      return { name, expectations: current, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
