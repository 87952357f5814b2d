import { describe, expect, it } from "vitest";
import { fromHeaderAnomaly, hasGroupSyntax } from "../../../src/core/rules/from-header-anomaly";
import { ruleTable } from "../../support/rule-table";

const from = (...values: string[]) => ({ headers: values.map((value) => ({ name: "From", value })) });

ruleTable(fromHeaderAnomaly, {
  valid: [
    { name: "one ordinary From", facts: from("ウェスタ川越 <info@westa-kawagoe.jp>") },
    { name: "a quoted colon in the name", facts: from('"Re: 予約の件" <a@example.com>') },
    { name: "a colon inside a comment", facts: from("a@example.com (office: 2F)") },
    { name: "headers unavailable", facts: { headers: undefined } },
  ],
  invalid: [
    {
      name: "two From headers",
      facts: from(
        "Partner Office <office@partner.example>",
        "=?UTF-8?B?44Km44Kn44K544K/5bed6LaK?= <info@evil.example>",
      ),
      findings: [
        {
          messageId: "multipleFrom",
          severity: "strong",
          evidence: {
            count: "2",
            values: "Partner Office <office@partner.example> / ウェスタ川越 <info@evil.example>",
          },
        },
      ],
    },
    {
      name: "group syntax named after the facility",
      facts: from("=?UTF-8?B?44Km44Kn44K544K/5bed6LaK?=: info@evil.example;"),
      findings: [
        { messageId: "groupFrom", severity: "strong", evidence: { value: "ウェスタ川越: info@evil.example;" } },
      ],
    },
    {
      name: "an empty group",
      facts: from("ウェスタ川越:;"),
      findings: [{ messageId: "groupFrom", severity: "strong" }],
    },
  ],
});

describe("hasGroupSyntax", () => {
  it("stops at the first address", () => {
    expect(hasGroupSyntax("a@example.com: x")).toBe(false);
    expect(hasGroupSyntax("<a@example.com>: x")).toBe(false);
  });
  it("stays linear on a long hostile value", () => {
    expect(hasGroupSyntax('"'.repeat(200_000))).toBe(false);
    expect(hasGroupSyntax("(".repeat(200_000) + ":")).toBe(false);
  });
});
