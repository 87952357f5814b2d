import { displayNameAddress } from "../../../src/core/rules/display-name-address";
import { mailFrom, ruleTable } from "../../support/rule-table";

ruleTable(displayNameAddress, {
  valid: [
    { name: "no address in the name", facts: mailFrom("ウェスタ川越", "info@random-domain.com") },
    { name: "the name is the real address", facts: mailFrom("bob@example.com", "bob@example.com") },
    {
      name: "the sender owns the named domain (subdomain)",
      facts: mailFrom("news@example.com", "bounce@mail.example.com"),
    },
    { name: "the sender owns the named bare domain", facts: mailFrom("Example.com ニュース", "news@example.com") },
    {
      name: "genuine organisation mail naming its own domain",
      facts: mailFrom("info@westa-kawagoe.jp", "info@westa-kawagoe.jp"),
    },
    { name: "abbreviations are not domains", facts: mailFrom("Mr.Smith No.1 Ver.2.0 U.S.A.", "smith@example.com") },
    { name: "a name with a dot and an unknown ending", facts: mailFrom("St.Luke Hospital", "info@example.org") },
    { name: "trusted sender", facts: mailFrom("予約 westa-kawagoe.jp", "noreply@yoyaku.example.com") },
    { name: "no real address to compare with", facts: mailFrom("support@paypal.com", "") },
  ],
  invalid: [
    {
      name: "the organisation's address in the name",
      facts: mailFrom("info@westa-kawagoe.jp", "x@random-domain.com"),
      imitates: { kind: "organization", genuineDomains: ["westa-kawagoe.jp"] },
      findings: [
        {
          messageId: "protectedInName",
          evidence: {
            named: "info@westa-kawagoe.jp",
            namedDomain: "westa-kawagoe.jp",
            address: "x@random-domain.com",
            genuineDomain: "westa-kawagoe.jp",
          },
        },
      ],
    },
    {
      name: "the organisation's bare domain in the name is still strong",
      facts: mailFrom("westa-kawagoe.jp 予約係", "x@random-domain.com"),
      findings: [{ messageId: "protectedInName", evidence: { named: "westa-kawagoe.jp" } }],
    },
    {
      name: "a partner's domain in the name",
      facts: mailFrom("川越市役所 <soumu@city.kawagoe.saitama.jp>", "x@random-domain.com"),
      imitates: { kind: "partner", name: "川越市" },
      findings: [{ messageId: "protectedInName" }],
    },
    {
      name: "full-width address decoded from an encoded word",
      facts: mailFrom("ｉｎｆｏ＠ｗｅｓｔａ－ｋａｗａｇｏｅ．ｊｐ", "x@random-domain.com"),
      findings: [{ messageId: "protectedInName", evidence: { named: "info@westa-kawagoe.jp" } }],
    },
    {
      name: "an unrelated brand's address",
      facts: mailFrom("support@paypal.com", "x@random-domain.com"),
      findings: [
        {
          messageId: "addressInName",
          evidence: { named: "support@paypal.com", namedDomain: "paypal.com", address: "x@random-domain.com" },
        },
      ],
    },
    {
      name: "an address in brackets with other words",
      facts: mailFrom("Customer Service (service@bank.example.co.jp)", "x@mailer.random-domain.net"),
      findings: [{ messageId: "addressInName", evidence: { namedDomain: "example.co.jp" } }],
    },
    {
      name: "an address relayed by a forwarder whose links all lead to the named domain is medium",
      facts: {
        ...mailFrom("AuthorTracker@publisher.example [alias]", "ticket_1@forwarder.example.net"),
        links: [{ text: "news", href: "https://www.publisher.example/n" }],
      },
      findings: [{ messageId: "addressInName", severity: "medium" }],
    },
    {
      name: "an address whose mail links elsewhere stays strong",
      facts: {
        ...mailFrom("support@paypal.com", "x@random-domain.com"),
        links: [{ text: "log in", href: "https://paypal.random-domain.com/login" }],
      },
      findings: [{ messageId: "addressInName", severity: "strong" }],
    },
    {
      name: "same registered name under another suffix is weaker",
      facts: mailFrom("orders@amazon.co.jp", "x@amazon.com"),
      findings: [{ messageId: "addressInName", severity: "medium" }],
    },
    {
      name: "a bare domain of someone else is weak: newsletters name products this way",
      facts: mailFrom("PayPal.com Security", "x@random-domain.com"),
      findings: [{ messageId: "domainInName", severity: "weak", evidence: { named: "paypal.com" } }],
    },
    {
      name: "newsletter naming a product domain is only weak",
      facts: mailFrom("CNET News.com Daily Dispatch", "dispatch@cnet.online.com"),
      findings: [
        {
          messageId: "domainInName",
          severity: "weak",
          evidence: { named: "news.com", address: "dispatch@cnet.online.com" },
        },
      ],
    },
  ],
});
