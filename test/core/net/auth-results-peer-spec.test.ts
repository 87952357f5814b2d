import { describe, expect, it } from "vitest";
import { arhSpecPath, arhSpecPresent, runArhSpec } from "../../support/arh-peer-spec";

/**
 * DKIM Verifier's parser spec run against ours (loader in test/support/arh-peer-spec.ts). Where
 * we differ by design it is named here:
 * - authserv-ids are compared in lower case (domains are case-insensitive), so "Bloß.de" reads "bloß.de";
 * - we are always relaxed (Microsoft's form has no authserv-id) and keep unknown result words, so
 *   the spec's strict-mode rejections do not throw here; only a malformed header (unclosed comment
 *   or quoted string, unbalanced brackets) is rejected.
 */
const byDesignValues = new Set(['expected "Bloß.de", got "bloß.de"']);

if (!arhSpecPresent) {
  console.warn(
    `[skipped] DKIM Verifier's Authentication-Results spec: ${arhSpecPath} is absent, so these tests did not run. ` +
      "Clone github.com/lieser/dkim_verifier beside the repository, or set ARH_PARSER_SPEC to the path of test/unittest/arhParserSpec.mjs.js.",
  );
}

describe.skipIf(!arhSpecPresent)("Authentication-Results parser against DKIM Verifier's arhParserSpec", () => {
  const cases = arhSpecPresent ? runArhSpec() : [];

  it("loads the spec's cases", () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(cases.flatMap((c) => c.expectations).filter((e) => e.kind === "value").length).toBeGreaterThan(200);
  });

  it("agrees on every value the spec checks, but the named case-folding", () => {
    const disagreements = cases.flatMap((c) => [
      ...(c.error !== undefined ? [`${c.name}: threw ${c.error}`] : []),
      ...c.expectations
        .filter((e) => e.kind === "value" && !e.ok && !byDesignValues.has(e.detail))
        .map((e) => `${c.name}: ${e.detail}`),
    ]);
    expect(disagreements).toEqual([]);
  });

  it("rejects what the spec rejects, except strict-mode rejections of headers we read relaxed", () => {
    const missed = cases.flatMap((c) =>
      c.expectations.filter((e) => e.kind === "throw" && !e.ok && !e.strict).map(() => c.name),
    );
    expect(missed).toEqual([]);
  });

  it("rejects comments with mismatched brackets, as the spec does", () => {
    const brackets = cases.find((c) => c.name.includes("mismatching number of brackets"));
    expect(brackets?.expectations.length).toBe(2);
    expect(brackets?.expectations.every((e) => e.ok)).toBe(true);
  });

  it("reads RFC 8601 B.7, the comment-heavy example, as dkim=fail", () => {
    const b7 = cases.find((c) => c.name.includes("B.7"));
    expect(b7?.expectations.length).toBeGreaterThan(5);
    expect(b7?.expectations.every((e) => e.ok)).toBe(true);
  });
});
