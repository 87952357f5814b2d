import { authentication } from "../../../src/core/rules/authentication";
import { defaultPolicy, type HeaderField } from "../../../src/core";
import { ruleTable } from "../../support/rule-table";

const ar = (value: string): HeaderField => ({ name: "Authentication-Results", value });
const ff = (value: string): HeaderField => ({ name: "X-Forefront-Antispam-Report", value });
const from = (address: string) => ({ from: { name: "", address } });

const trustedPolicy = {
  ...defaultPolicy,
  trustedSenders: [{ domain: "yoyaku.example.com", reason: { ja: "予約システムです。", en: "The booking system." } }],
};

ruleTable(authentication, {
  valid: [
    { name: "no headers at all (unavailable)", facts: { headers: undefined } },
    { name: "headers without any results", facts: { headers: [{ name: "Subject", value: "x" }] } },
    {
      name: "a low spam confidence level is not a warning",
      facts: {
        headers: [ff("CIP:192.0.2.1;SCL:1;SFV:NSPM;CAT:NONE;"), { name: "X-MS-Exchange-Organization-SCL", value: "1" }],
      },
    },
    {
      name: "spf softfail alone",
      facts: {
        headers: [
          ar(
            "spf=softfail (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=none; dmarc=none action=none header.from=example.com",
          ),
        ],
      },
    },
    {
      name: "spf fail but DKIM passed (forwarded mail)",
      facts: {
        headers: [
          ar("spf=fail smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=none header.from=example.com"),
        ],
      },
    },
    {
      name: "spf fail for another domain (bounce domain)",
      facts: { headers: [ar("spf=fail smtp.mailfrom=bounces.other.example; dkim=none header.d=none")] },
    },
    {
      name: "a forged fail lower down is not read",
      facts: {
        headers: [
          ar("mx.example.org; spf=none smtp.mailfrom=example.com"),
          { name: "Received", value: "x" },
          ar("mx.example.org; dmarc=fail header.from=example.com"),
        ],
      },
    },
  ],
  invalid: [
    {
      name: "dmarc=fail",
      facts: {
        headers: [
          ar(
            "spf=none (sender IP is 89.144.10.219) smtp.mailfrom=oqmhwr.example; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=example.com;compauth=fail reason=001",
          ),
        ],
      },
      findings: [
        {
          messageId: "authFailed",
          severity: "medium",
          evidence: { domain: "example.com", checks: "dmarc=fail, compauth=fail (reason 001)" },
        },
      ],
    },
    {
      name: "spf=fail and dkim=fail for the From domain",
      facts: { headers: [ar("mx.example.org; spf=fail smtp.mailfrom=example.com; dkim=fail header.d=example.com")] },
      findings: [{ messageId: "authFailed", severity: "medium", evidence: { checks: "spf=fail, dkim=fail" } }],
    },
    {
      name: "compauth=fail alone (own domain spoofed)",
      facts: {
        ...from("soumu@westa-kawagoe.jp"),
        headers: [
          ar("spf=pass smtp.mailfrom=evil.example;dmarc=none header.from=westa-kawagoe.jp;compauth=fail reason=601"),
        ],
      },
      findings: [
        {
          messageId: "authFailed",
          severity: "medium",
          evidence: {
            domain: "westa-kawagoe.jp",
            explanationEn: "it uses one of your own organisation's domains but fails authentication",
          },
        },
      ],
    },
    {
      name: "SFTY 9.19 domain impersonation (strong)",
      facts: { headers: [ff("CIP:192.0.2.1;CTRY:JP;SCL:5;SFV:SPM;CAT:DIMP;SFTY:9.19;DIR:INB;")] },
      findings: [
        { messageId: "microsoftImpersonation", severity: "strong", evidence: { code: "9.19" } },
        { messageId: "microsoftCategory", severity: "strong", evidence: { code: "DIMP" } },
      ],
    },
    {
      name: "CAT:SPOOF (strong) with a DMARC fail",
      facts: {
        headers: [
          ar("spf=fail smtp.mailfrom=example.com;dmarc=fail action=oreject header.from=example.com"),
          ff("SFV:SPM;CAT:SPOOF;"),
        ],
      },
      findings: [
        {
          messageId: "microsoftCategory",
          severity: "strong",
          evidence: { code: "SPOOF", meaningEn: "spoofing (a forged sender domain)" },
        },
        { messageId: "authFailed", severity: "medium" },
      ],
    },
    {
      name: "SCL 5 in the antispam report: Microsoft sent it to Junk",
      facts: { headers: [ff("CIP:192.0.2.1;CTRY:BR;SCL:5;SFV:NSPM;CAT:NONE;")] },
      findings: [{ messageId: "microsoftSpam", severity: "medium", evidence: { code: "SCL:5" } }],
    },
    {
      name: "the organisation SCL header alone",
      facts: { headers: [{ name: "X-MS-Exchange-Organization-SCL", value: "9" }] },
      findings: [{ messageId: "microsoftSpam", severity: "medium", evidence: { code: "SCL:9" } }],
    },
    {
      name: "the filter's spam verdict",
      facts: { headers: [ff("SFV:SPM;CAT:NONE;")] },
      findings: [{ messageId: "microsoftSpam", severity: "medium", evidence: { code: "SFV:SPM" } }],
    },
    {
      name: "SFTY 9.25 first contact is only a weak hint",
      facts: { headers: [ff("SFV:NSPM;CAT:NONE;SFTY:9.25;")] },
      findings: [{ messageId: "firstContact", severity: "weak" }],
    },
    {
      name: "a pass is recorded as info only",
      facts: {
        headers: [
          ar(
            "spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100",
          ),
        ],
      },
      findings: [
        {
          messageId: "authPassed",
          severity: "info",
          evidence: { domain: "example.com", checks: "dmarc=pass, compauth=pass" },
        },
      ],
    },
    {
      name: "claims a trusted sender but fails authentication",
      policy: trustedPolicy,
      facts: {
        ...from("info@yoyaku.example.com"),
        headers: [
          ar(
            "spf=fail smtp.mailfrom=yoyaku.example.com;dmarc=fail action=none header.from=yoyaku.example.com;compauth=fail reason=000",
          ),
        ],
      },
      findings: [{ messageId: "trustedSenderFailed", severity: "medium", evidence: { domain: "yoyaku.example.com" } }],
    },
  ],
});
