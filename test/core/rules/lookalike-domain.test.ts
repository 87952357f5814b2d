import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy } from "../../../src/core";
import { lookalikeDomain } from "../../../src/core/rules/lookalike-domain";
import { mailFrom, ruleTable } from "../../support/rule-table";

const fromHost = (host: string) => mailFrom("Info", `info@${host}`);
const linkTo = (href: string) => mailFrom("News", "news@example.com", { links: [{ text: "こちら", href }] });
const org = { kind: "organization", genuineDomains: ["westa-kawagoe.jp"] } as const;

ruleTable(lookalikeDomain, {
  valid: [
    { name: "the genuine domain", facts: fromHost("westa-kawagoe.jp") },
    { name: "a genuine subdomain", facts: fromHost("mail.westa-kawagoe.jp") },
    { name: "upper case genuine domain", facts: fromHost("WESTA-KAWAGOE.JP") },
    { name: "the partner's genuine domain", facts: fromHost("city.kawagoe.saitama.jp") },
    { name: "an unrelated domain", facts: fromHost("example.com") },
    { name: "an unrelated Japanese domain", facts: fromHost("kawagoe-kanko.jp") },
    { name: "a short generic label under another suffix (partner's 'city')", facts: fromHost("city.com") },
    { name: "a genuine link", facts: linkTo("https://www.westa-kawagoe.jp/info") },
    { name: "a relative link", facts: linkTo("/westakawagoe.jp") },
    { name: "an IP link (another rule's business)", facts: linkTo("http://192.0.2.1/westa-kawagoe.jp") },
    { name: "our domain only in the path", facts: linkTo("https://example.com/westa-kawagoe.jp/login") },
  ],
  invalid: [
    {
      name: "hyphen dropped",
      facts: fromHost("westakawagoe.jp"),
      imitates: { ...org, name: "ウェスタ川越" },
      findings: [
        {
          messageId: "lookalikeHyphen",
          evidence: { where: "from", host: "westakawagoe.jp", genuineDomain: "westa-kawagoe.jp" },
          diff: [{ index: 5, seen: "", genuine: "-" }],
          senderSignal: true,
        },
      ],
    },
    {
      name: "digit zero for o",
      facts: fromHost("westa-kawag0e.jp"),
      findings: [{ messageId: "lookalikeCharacters", diff: [{ index: 11, seen: "0", genuine: "o" }] }],
    },
    {
      name: "rn for m (partner city.kawagoe.saitama.jp)",
      facts: fromHost("city.kawagoe.saitarna.jp.example.com"),
      imitates: { kind: "partner", name: "川越市" },
      findings: [
        {
          messageId: "lookalikeEmbedded",
          evidence: { genuineDomain: "city.kawagoe.saitama.jp", owner: "example.com" },
          diff: [
            { index: 18, seen: "rn", genuine: "m" },
            { index: 24, seen: ".example.com", genuine: "" },
          ],
        },
      ],
    },
    {
      name: "suffix swap .com",
      facts: fromHost("westa-kawagoe.com"),
      findings: [
        {
          messageId: "lookalikeSuffix",
          evidence: { host: "westa-kawagoe.com", owner: "westa-kawagoe.com" },
          diff: [{ index: 14, seen: "com", genuine: "jp" }],
        },
      ],
    },
    {
      name: "suffix swap .co.jp",
      facts: fromHost("westa-kawagoe.co.jp"),
      findings: [{ messageId: "lookalikeSuffix", diff: [{ index: 14, seen: "co.", genuine: "" }] }],
    },
    {
      name: "suffix swap .jp.net",
      facts: fromHost("westa-kawagoe.jp.net"),
      findings: [
        {
          messageId: "lookalikeEmbedded",
          evidence: { owner: "jp.net" },
          diff: [{ index: 16, seen: ".net", genuine: "" }],
        },
      ],
    },
    {
      name: "our domain as labels of someone else's",
      facts: fromHost("westa-kawagoe.jp.example.com"),
      findings: [
        {
          messageId: "lookalikeEmbedded",
          evidence: { owner: "example.com", genuineDomain: "westa-kawagoe.jp" },
          diff: [{ index: 16, seen: ".example.com", genuine: "" }],
        },
      ],
    },
    {
      name: "our domain with a hyphen for the dot, under someone else's",
      facts: fromHost("westa-kawagoe-jp.example.com"),
      findings: [
        {
          messageId: "lookalikeEmbedded",
          diff: [
            { index: 13, seen: "-", genuine: "." },
            { index: 16, seen: ".example.com", genuine: "" },
          ],
        },
      ],
    },
    {
      name: "our name with a prefix word",
      facts: fromHost("secure-westa-kawagoe.com"),
      findings: [
        {
          messageId: "lookalikeEmbedded",
          diff: [
            { index: 0, seen: "secure-", genuine: "" },
            { index: 20, seen: ".com", genuine: ".jp" },
          ],
        },
      ],
    },
    {
      name: "punycode with a Cyrillic е (mixed scripts)",
      facts: fromHost("xn--wsta-kawagoe-sck.jp"),
      findings: [
        {
          messageId: "lookalikeUnicode",
          evidence: { host: "wеsta-kawagoe.jp", punycode: "xn--wsta-kawagoe-sck.jp" },
          diff: [{ index: 1, seen: "е", genuine: "e" }],
        },
      ],
    },
    {
      name: "a lookalike in a subdomain of the lookalike",
      facts: fromHost("mail.westa-kawag0e.jp"),
      findings: [{ messageId: "lookalikeCharacters", diff: [{ index: 16, seen: "0", genuine: "o" }] }],
    },
    {
      name: "Reply-To lookalike",
      facts: mailFrom("ウェスタ川越", "info@westa-kawagoe.jp", {
        replyTo: [{ name: "", address: "info@westakawagoe.jp" }],
      }),
      findings: [
        { messageId: "lookalikeHyphen", evidence: { where: "replyTo", host: "westakawagoe.jp" }, senderSignal: true },
      ],
    },
    {
      name: "Sender lookalike",
      facts: mailFrom("ウェスタ川越", "info@westa-kawagoe.jp", {
        sender: { name: "", address: "bulk@westa-kawagoe.com" },
      }),
      findings: [{ messageId: "lookalikeSuffix", evidence: { where: "sender" } }],
    },
    {
      name: "link lookalike is strong but not a sender signal",
      facts: linkTo("https://user@westa-kawag0e.jp:8443/login?x=1"),
      findings: [
        {
          messageId: "lookalikeCharacters",
          evidence: { where: "link", host: "westa-kawag0e.jp" },
          senderSignal: false,
        },
      ],
    },
    {
      name: "mailto link lookalike",
      facts: linkTo("mailto:yoyaku@westa-kawagoe.jp.example.com?subject=x"),
      findings: [{ messageId: "lookalikeEmbedded", evidence: { where: "link" } }],
    },
  ],
});

describe("lookalike-domain at scale", () => {
  it("reports a host once and caps link findings", () => {
    const links = [];
    for (let i = 0; i < 10_000; i += 1) links.push({ text: "x", href: `https://westa-kawag0e.jp/p/${i % 50}` });
    for (let i = 0; i < 20; i += 1) links.push({ text: "x", href: `https://westa-kawagoe.jp.evil${i}.com/` });
    const verdict = analyze(mailFrom("News", "news@example.com", { links }), defaultPolicy, {
      rules: [lookalikeDomain],
    });
    const hosts = verdict.findings.map((f) => f.evidence.host);
    expect(hosts[0]).toBe("westa-kawag0e.jp");
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(hosts.length).toBe(5);
  });

  it("reports the From host as From even when it is also linked", () => {
    const facts = mailFrom("Info", "info@westakawagoe.jp", {
      links: [{ text: "x", href: "https://westakawagoe.jp/" }],
    });
    const verdict = analyze(facts, defaultPolicy, { rules: [lookalikeDomain] });
    expect(verdict.findings.map((f) => f.evidence.where)).toEqual(["from"]);
  });
});
