import { describe, expect, it } from "vitest";
import { replyPrefixWithoutThread, replyPrefixes } from "../../../src/core/rules/reply-prefix-without-thread";
import { ruleTable } from "../../support/rule-table";

const thread = [{ name: "In-Reply-To", value: "<abc@example.com>" }];

ruleTable(replyPrefixWithoutThread, {
  valid: [
    { name: "no prefix", facts: { subject: "会議のご案内" } },
    { name: "Re: with In-Reply-To", facts: { subject: "Re: 会議", headers: thread } },
    { name: "FW: with References", facts: { subject: "FW: 会議", headers: [{ name: "References", value: "<a@b>" }] } },
    { name: "headers unavailable: say nothing", facts: { subject: "Re: 会議", headers: undefined } },
    { name: "a word that starts like a prefix", facts: { subject: "Report: 月次" } },
    { name: "prefix not at the start", facts: { subject: "会議 Re: 予定" } },
  ],
  invalid: [
    {
      name: "Re:",
      facts: { subject: "Re: ご確認ください" },
      findings: [{ messageId: "replyWithoutThread", severity: "weak", evidence: { prefix: "Re:" } }],
    },
    {
      name: "full-width ＲＥ：",
      facts: { subject: "ＲＥ：施設予約の件" },
      findings: [{ messageId: "replyWithoutThread", severity: "weak", evidence: { prefix: "RE:" } }],
    },
    {
      name: "repeated Re: Re: FW:",
      facts: { subject: "Re: Re: FW: 見積" },
      findings: [{ messageId: "replyWithoutThread", severity: "weak", evidence: { prefix: "Re: Re: FW:" } }],
    },
    {
      name: "返信: and 転送:",
      facts: { subject: "返信: 転送: 請求書" },
      findings: [{ messageId: "replyWithoutThread", severity: "weak" }],
    },
    {
      name: "empty In-Reply-To does not count as a thread",
      facts: { subject: "Fwd: x", headers: [{ name: "In-Reply-To", value: " " }] },
      findings: [{ messageId: "replyWithoutThread", severity: "weak" }],
    },
  ],
});

describe("replyPrefixes", () => {
  it.each([
    ["Re[2]: x", ["Re"]],
    ["AW: WG: x", ["AW", "WG"]],
    ["  re : x", ["re"]],
    ["Fwd:Re:x", ["Fwd", "Re"]],
    ["Re x", []],
    ["Ｆｗ：x", ["Fw"]],
  ])("%s", (subject, expected) => {
    expect(replyPrefixes(subject)).toEqual(expected);
  });

  it("stays fast on a subject of ten thousand prefixes", () => {
    const started = performance.now();
    expect(replyPrefixes("Re: ".repeat(10_000)).length).toBe(50);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
