import { trustedSender } from "../../../src/core/rules/trusted-sender";
import { defaultPolicy } from "../../../src/core";
import { ruleTable } from "../../support/rule-table";

const booking = { from: { name: "予約システム", address: "noreply@yoyaku.example.com" } };
const failed = [
  {
    name: "Authentication-Results",
    value:
      "spf=fail smtp.mailfrom=yoyaku.example.com;dmarc=fail action=none header.from=yoyaku.example.com;compauth=fail reason=000",
  },
];
const passed = [
  {
    name: "Authentication-Results",
    value:
      "spf=pass smtp.mailfrom=yoyaku.example.com;dmarc=pass action=none header.from=yoyaku.example.com;compauth=pass reason=100",
  },
];
const byAddress = {
  ...defaultPolicy,
  trustedSenders: [
    { address: "news@letters.example.net", reason: { ja: "広報誌の配信です。", en: "Our newsletter service." } },
  ],
};

ruleTable(trustedSender, {
  valid: [
    { name: "an ordinary sender", facts: {} },
    { name: "trusted domain but authentication failed: no trust", facts: { ...booking, headers: failed } },
    {
      name: "a look-alike of the trusted domain",
      facts: { from: { name: "", address: "noreply@yoyaku-example.com" } },
    },
  ],
  invalid: [
    {
      name: "trusted domain, authentication passed",
      facts: { ...booking, headers: passed },
      findings: [{ messageId: "trustedByPolicy", severity: "info", evidence: { domain: "yoyaku.example.com" } }],
    },
    {
      name: "trusted domain, no authentication results",
      facts: booking,
      findings: [{ messageId: "trustedByPolicy", severity: "info" }],
    },
    {
      name: "trusted address",
      policy: byAddress,
      facts: { from: { name: "", address: "News@Letters.example.net" } },
      findings: [{ messageId: "trustedByPolicy", severity: "info", evidence: { reasonEn: "Our newsletter service." } }],
    },
  ],
});
