import { replyToMismatch } from "../../../src/core/rules/reply-to-mismatch";
import { ruleTable } from "../../support/rule-table";

ruleTable(replyToMismatch, {
  valid: [
    { name: "no Reply-To, no Return-Path", facts: {} },
    { name: "Reply-To in the same domain", facts: { replyTo: [{ name: "", address: "support@example.com" }] } },
    {
      name: "Reply-To in a subdomain of the same registrable domain",
      facts: { replyTo: [{ name: "", address: "x@mail.example.com" }] },
    },
    { name: "Return-Path in the same registrable domain", facts: { returnPath: "bounce@bounces.example.com" } },
    {
      name: "no From: nothing to compare",
      facts: { from: undefined, replyTo: [{ name: "", address: "x@evil.example" }] },
    },
  ],
  invalid: [
    {
      name: "Reply-To elsewhere",
      facts: { replyTo: [{ name: "Taro", address: "taro.yamada@freemail.example" }] },
      findings: [
        {
          messageId: "replyToDiffers",
          severity: "weak",
          evidence: { address: "taro.yamada@freemail.example", fromDomain: "example.com" },
        },
      ],
    },
    {
      name: "two Reply-To addresses in one other domain count once",
      facts: {
        replyTo: [
          { name: "", address: "a@freemail.example" },
          { name: "", address: "b@freemail.example" },
        ],
      },
      findings: [{ messageId: "replyToDiffers", severity: "weak" }],
    },
    {
      name: "Return-Path elsewhere (mailing services do this too)",
      facts: { returnPath: "bounce-123@mailer.example.net" },
      findings: [{ messageId: "returnPathDiffers", severity: "info", evidence: { domain: "mailer.example.net" } }],
    },
  ],
});
