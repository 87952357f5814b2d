import { describe, expect, it } from "vitest";
import { drillMail } from "../../../src/core/rules/drill-mail";
import { analyze, defaultPolicy, type Policy } from "../../../src/core";
import { outsideMail, ruleTable } from "../../support/rule-table";

// The default policy reveals drills after a report, so the rule itself only speaks for "immediately".
const immediately: Policy = {
  ...defaultPolicy,
  drill: { header: "X-Westa-Drill", value: "training-2026", reveal: "immediately" },
};

ruleTable(drillMail, {
  valid: [
    { name: "no drill header", facts: {}, policy: immediately },
    {
      name: "drill header with another value",
      facts: { headers: [{ name: "X-Westa-Drill", value: "training-2025" }] },
      policy: immediately,
    },
    {
      name: "another value that merely starts with the policy's",
      facts: { headers: [{ name: "X-Westa-Drill", value: "training-2026x; id=D1-001" }] },
      policy: immediately,
    },
  ],
  invalid: [
    {
      name: "drill header with the policy's value",
      facts: { headers: [{ name: "x-westa-drill", value: " training-2026 " }] },
      policy: immediately,
      findings: [
        { messageId: "drill", severity: "info", evidence: { header: "X-Westa-Drill", value: "training-2026" } },
      ],
    },
    {
      name: "drill header with the policy's value and a per-mail id",
      facts: { headers: [{ name: "X-Westa-Drill", value: "training-2026; id=D7F3A-001" }] },
      policy: immediately,
      findings: [
        { messageId: "drill", severity: "info", evidence: { header: "X-Westa-Drill", value: "training-2026" } },
      ],
    },
  ],
});

describe("drill-mail with the default after-report reveal", () => {
  it("adds no finding, so nothing in the pane gives the drill away before the report", () => {
    expect(
      analyze(outsideMail({ headers: [{ name: "X-Westa-Drill", value: "training-2026" }] }), defaultPolicy, {
        rules: [drillMail],
      }).findings,
    ).toEqual([]);
  });
});

const dangerousDrill = outsideMail({
  subject: "Re: 請求書",
  headers: [
    { name: "X-Westa-Drill", value: "training-2026; id=D7F3A-002" },
    { name: "X-Forefront-Antispam-Report", value: "CAT:SPOOF;" },
  ],
  attachments: [{ name: "請求書.pdf.exe", size: 10, inline: false }],
});

describe("drill mail with every rule", () => {
  it('with reveal "immediately" stays a thank-you, never an alarm, even when it looks dangerous', () => {
    const verdict = analyze(dangerousDrill, immediately);
    expect(verdict.level).toBe("safe");
    expect(verdict.drill).toBe(true);
    expect(verdict.drillReveal).toBe("immediately");
    expect(verdict.headline.ja).toContain("訓練メール");
    expect(verdict.findings.some((f) => f.rule === "drill-mail")).toBe(true);
  });

  it('with reveal "after-report" (the default) is judged exactly like the same mail without the header', () => {
    const drill = analyze(dangerousDrill, defaultPolicy);
    const plain = analyze(
      { ...dangerousDrill, headers: dangerousDrill.headers?.filter((h) => h.name !== "X-Westa-Drill") },
      defaultPolicy,
    );
    expect(defaultPolicy.drill?.reveal).toBe("after-report");
    expect(drill.level).toBe("danger");
    expect(drill.level).toBe(plain.level);
    expect(drill.headline).toEqual(plain.headline);
    expect(drill.findings).toEqual(plain.findings);
    expect(drill.drill).toBe(true);
    expect(drill.drillReveal).toBe("after-report");
    expect(drill.drillId).toBe("D7F3A-002");
  });
});
