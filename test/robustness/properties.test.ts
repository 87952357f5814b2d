import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, type MessageFacts, type Verdict } from "../../src/core";
import { attachment, headerField, hostileString, levels, link, mailbox, messageFacts } from "./support/arbitraries";

/**
 * Invariants of analyze() over generated MessageFacts. Seeds are fixed so a failure reproduces
 * exactly; fast-check prints the seed and the shrunk counterexample.
 */
const seed = 20_220_301;
const numRuns = 400;

/** Rules that judge the display name against the address. */
const impersonationRules = new Set(["display-name-impersonation", "display-name-address"]);

function expectWellFormed(verdict: Verdict): void {
  expect(levels).toContain(verdict.level);
  // analyze isolates a throwing rule; for any input a rule that gave up is still a bug.
  expect(verdict.ruleFailures).toEqual([]);
  expect(Array.from(verdict.headline.ja).length).toBeLessThan(100);
  expect(Array.from(verdict.headline.en).length).toBeLessThan(100);
}

describe(`analyze over generated facts (seed ${seed}, ${numRuns} runs each)`, () => {
  it("never throws and always gives one of the four levels", () => {
    fc.assert(
      fc.property(messageFacts(), (facts) => {
        expectWellFormed(analyze(facts, defaultPolicy));
      }),
      { seed, numRuns },
    );
  });

  it("gives the same verdict for the same input, and for a copy of it", () => {
    fc.assert(
      fc.property(messageFacts(), (facts) => {
        const first = analyze(facts, defaultPolicy);
        expect(analyze(facts, defaultPolicy)).toEqual(first);
        expect(analyze(structuredClone(facts), defaultPolicy)).toEqual(first);
      }),
      { seed: seed + 1, numRuns },
    );
  });

  it("never flags impersonation when the display name is exactly the address", () => {
    const sameNameAndAddress = fc.tuple(messageFacts(), mailbox).map(([facts, m]): MessageFacts => {
      const from = { name: m.address, address: m.address };
      return { ...facts, from, sender: from };
    });
    fc.assert(
      fc.property(sameNameAndAddress, (facts) => {
        const flagged = analyze(facts, defaultPolicy).findings.filter((f) => impersonationRules.has(f.rule));
        expect(flagged).toEqual([]);
      }),
      { seed: seed + 2, numRuns },
    );
  });

  it("is never safe when a part of the message is missing (no drill header)", () => {
    const drillHeader = (defaultPolicy.drill?.header ?? "").toLowerCase();
    const withMissing = fc
      .tuple(
        messageFacts(),
        fc.array(fc.constantFrom(...(["from", "headers", "body", "attachments", "attachmentContent"] as const)), {
          minLength: 1,
          maxLength: 3,
        }),
      )
      .map(([facts, parts]): MessageFacts => ({
        ...facts,
        // A drill is announced as a drill whatever is missing; that case has its own tests.
        headers: facts.headers?.filter((h) => h.name.toLowerCase() !== drillHeader),
        missing: parts.map((part) => ({ part, reason: "failed" as const })),
      }));
    fc.assert(
      fc.property(withMissing, (facts) => {
        const verdict = analyze(facts, defaultPolicy);
        expect(verdict.level).not.toBe("safe");
        expect(verdict.skipped.length).toBeGreaterThan(0);
      }),
      { seed: seed + 3, numRuns },
    );
  });

  it("is never safe when there is neither From nor Sender", () => {
    fc.assert(
      fc.property(messageFacts(), (facts) => {
        const verdict = analyze({ ...facts, from: undefined, sender: undefined }, defaultPolicy);
        if (!verdict.drill) expect(verdict.level).not.toBe("safe");
      }),
      { seed: seed + 4, numRuns },
    );
  });
});

describe("analyze over huge lists (seed fixed, 4 runs)", () => {
  it("never throws with thousands of headers, recipients, links and attachments", () => {
    const huge = fc.record({
      base: messageFacts(),
      headers: fc.array(headerField, { minLength: 3000, maxLength: 3000 }),
      to: fc.array(mailbox, { minLength: 2000, maxLength: 2000 }),
      links: fc.array(link, { minLength: 3000, maxLength: 3000 }),
      attachments: fc.array(attachment, { minLength: 500, maxLength: 500 }),
      body: fc.array(hostileString(4), { minLength: 2000, maxLength: 2000 }),
    });
    fc.assert(
      fc.property(huge, ({ base, headers, to, links, attachments, body }) => {
        const facts: MessageFacts = { ...base, headers, to, links, attachments, bodyText: body.join("\n") };
        expectWellFormed(analyze(facts, defaultPolicy));
      }),
      { seed: seed + 5, numRuns: 4 },
    );
  });
});
