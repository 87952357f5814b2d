import { describe, expect, it } from "vitest";
import { drillMail } from "../../../src/core/rules/drill-mail";
import { analyze, defaultPolicy } from "../../../src/core";
import { outsideMail, ruleTable } from "../../support/rule-table";

ruleTable(drillMail, {
  valid: [
    { name: "no drill header", facts: {} },
    { name: "drill header with another value", facts: { headers: [{ name: "X-Westa-Drill", value: "training-2025" }] } },
  ],
  invalid: [
    {
      name: "drill header with the policy's value",
      facts: { headers: [{ name: "x-westa-drill", value: " training-2026 " }] },
      findings: [{ messageId: "drill", severity: "info", evidence: { header: "X-Westa-Drill", value: "training-2026" } }],
    },
  ],
});

describe("drill mail with every rule", () => {
  it("stays a thank-you, never an alarm, even when it looks dangerous", () => {
    const verdict = analyze(
      outsideMail({
        subject: "Re: 請求書",
        headers: [{ name: "X-Westa-Drill", value: "training-2026" }, { name: "X-Forefront-Antispam-Report", value: "CAT:SPOOF;" }],
        attachments: [{ name: "請求書.pdf.exe", size: 10, inline: false }],
      }),
      defaultPolicy,
    );
    expect(verdict.level).toBe("safe");
    expect(verdict.drill).toBe(true);
    expect(verdict.headline.ja).toContain("訓練メール");
    expect(verdict.findings.some((f) => f.rule === "drill-mail")).toBe(true);
  });
});
