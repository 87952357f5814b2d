import { describe, expect, it } from "vitest";
import { linkMismatch } from "../../../src/core/rules/link-mismatch";
import { defaultPolicy } from "../../../src/core";
import { ipForm, linkTarget, hostShownInText } from "../../../src/core/net/link-target";
import { ruleTable, runRule } from "../../support/rule-table";

const link = (text: string, href: string) => ({ links: [{ text, href }] });

ruleTable(linkMismatch, {
  valid: [
    { name: "text is not an address", facts: link("こちら", "https://evil.example/") },
    {
      name: "text and href agree",
      facts: link("https://www.westa-kawagoe.jp/info", "https://westa-kawagoe.jp/info?x=1"),
    },
    {
      name: "same registrable domain, other subdomain",
      facts: link("www.example.com", "https://click.example.com/r/1"),
    },
    { name: "mailto is not a web link", facts: link("info@westa-kawagoe.jp", "mailto:info@evil.example") },
    { name: "file name in the text is not a host", facts: link("report.pdf", "https://files.example.net/report.pdf") },
    {
      name: "prose that mentions a site (newsletter)",
      facts: link("Top CIOs on the future of IT at CNET News.com.", "http://clickthru.online.example/Click?q=1"),
    },
    {
      name: "a host followed by words is prose",
      facts: link("westa-kawagoe.jp にログイン", "http://login.example.net/"),
    },
    {
      name: "a brand's text leading to another of the same brand's domains",
      facts: link("www.amazon.co.jp", "https://www.amazon.com/gp/r.html?x=1"),
    },
    {
      name: "a brand's own mail through its own tracker",
      facts: {
        from: { name: "Amazon.co.jp", address: "store-news@amazon.co.jp" },
        links: [{ text: "www.amazon.co.jp", href: "https://www.amazon.co.jp/gp/r.html?x=1" }],
      },
    },
    {
      name: "a partner's text leading to the partner",
      policy: { ...defaultPolicy, partners: [{ name: "サンプル印刷", domains: ["sample-print.example"] }] },
      facts: link("www.sample-print.example", "https://order.sample-print.example/x"),
    },
    {
      name: "trusted sender's click tracking",
      facts: {
        from: { name: "予約", address: "noreply@yoyaku.example.com" },
        links: [{ text: "https://westa-kawagoe.jp/", href: "https://track.mailer.example/c/123" }],
      },
    },
  ],
  invalid: [
    {
      name: "text shows the facility, href goes elsewhere",
      facts: link("https://www.westa-kawagoe.jp/login", "https://westa-kawagoe.evil.example/login"),
      findings: [
        {
          messageId: "textShowsOtherHost",
          severity: "medium",
          evidence: { shown: "www.westa-kawagoe.jp", host: "westa-kawagoe.evil.example" },
        },
      ],
    },
    {
      name: "the sender's own click tracking is only weak",
      facts: {
        from: { name: "Daily Comics", address: "list@mail.comics-sender.com" },
        links: [{ text: "Comics.com", href: "http://click.comics-sender.com/c?q=1" }],
      },
      findings: [
        {
          messageId: "textShowsOtherHost",
          severity: "weak",
          evidence: { shown: "comics.com", host: "click.comics-sender.com" },
        },
      ],
    },
    {
      name: "a brand's domain shown, the href through the sender's unrelated domain: medium, no tracker allowance",
      facts: {
        from: { name: "Support", address: "news@mail.random-sender.example" },
        links: [{ text: "https://www.paypal.com/signin", href: "http://click.random-sender.example/c?q=1" }],
      },
      findings: [
        {
          messageId: "textShowsOtherHost",
          severity: "medium",
          evidence: { shown: "www.paypal.com", host: "click.random-sender.example", owner: "PayPal" },
        },
      ],
    },
    {
      name: "the organisation's domain shown, the href through the sender's own domain: medium",
      facts: {
        from: { name: "予約", address: "info@random-sender.example" },
        links: [{ text: "westa-kawagoe.jp", href: "https://random-sender.example/login" }],
      },
      findings: [
        {
          messageId: "textShowsOtherHost",
          severity: "medium",
          evidence: { shown: "westa-kawagoe.jp", owner: "ウェスタ川越" },
        },
      ],
    },
    {
      name: "a partner's domain shown, the href through the sender's own domain: medium",
      policy: { ...defaultPolicy, partners: [{ name: "サンプル印刷", domains: ["sample-print.example"] }] },
      facts: {
        from: { name: "印刷", address: "info@random-sender.example" },
        links: [{ text: "www.sample-print.example", href: "https://random-sender.example/login" }],
      },
      findings: [{ messageId: "textShowsOtherHost", severity: "medium", evidence: { owner: "サンプル印刷" } }],
    },
    {
      name: "URL followed by words",
      facts: link("https://westa-kawagoe.jp/ にログイン", "http://login.example.net/"),
      findings: [{ messageId: "textShowsOtherHost", severity: "medium" }],
    },
    {
      name: "lone bare host in brackets",
      facts: link("「westa-kawagoe.jp」", "http://login.example.net/"),
      findings: [{ messageId: "textShowsOtherHost", severity: "medium" }],
    },
    {
      name: "dotted IPv4",
      facts: link("ログイン", "http://192.0.2.44/login"),
      findings: [{ messageId: "ipHost", severity: "medium", evidence: { host: "192.0.2.44" } }],
    },
    {
      name: "decimal integer IPv4",
      facts: link("ログイン", "http://3221225516/"),
      findings: [{ messageId: "obfuscatedIpHost", severity: "medium", evidence: { host: "3221225516" } }],
    },
    {
      name: "hex IPv4",
      facts: link("x", "http://0xc000022c/"),
      findings: [{ messageId: "obfuscatedIpHost", severity: "medium" }],
    },
    {
      name: "octal IPv4",
      facts: link("x", "http://0300.0000.0002.0054/"),
      findings: [{ messageId: "obfuscatedIpHost", severity: "medium" }],
    },
    {
      name: "IPv6",
      facts: link("x", "http://[2001:db8::1]:8080/"),
      findings: [{ messageId: "ipHost", severity: "medium", evidence: { host: "[2001:db8::1]" } }],
    },
    {
      name: "userinfo trick",
      facts: link("ログイン", "https://westa-kawagoe.jp@evil.example/"),
      findings: [
        {
          messageId: "userinfoHost",
          severity: "medium",
          evidence: { shown: "westa-kawagoe.jp", host: "evil.example" },
        },
      ],
    },
    {
      name: "percent-encoded host",
      facts: link("x", "https://%65vil.example/"),
      findings: [{ messageId: "encodedHost", severity: "medium", evidence: { host: "evil.example" } }],
    },
    {
      name: "the same pair of domains is reported once",
      facts: {
        links: [
          { text: "westa-kawagoe.jp", href: "https://a.evil.example/" },
          { text: "www.westa-kawagoe.jp", href: "https://b.evil.example/" },
        ],
      },
      findings: [{ messageId: "textShowsOtherHost", severity: "medium" }],
    },
  ],
});

describe("link helpers", () => {
  it.each([
    ["192.0.2.1", "ipv4"],
    ["3221225985", "ipv4Obfuscated"],
    ["0xc0.0.2.1", "ipv4Obfuscated"],
    ["192.0.2.1.", "ipv4"],
    ["[::1]", "ipv6"],
    ["example.com", undefined],
    ["1.example", undefined],
  ])("ipForm(%s) = %s", (host, form) => {
    expect(ipForm(host)).toBe(form);
  });

  it("reads the host like a browser", () => {
    expect(linkTarget("HTTPS://User:pw@Example.COM.:443/x")).toEqual({
      host: "example.com",
      userinfo: "User:pw",
      percentEncoded: false,
    });
    expect(linkTarget("https:\\\\evil.example\\x")?.host).toBe("evil.example");
    expect(linkTarget("//cdn.example/x")?.host).toBe("cdn.example");
    expect(linkTarget("javascript:alert(1)")).toBeUndefined();
    expect(linkTarget("#top")).toBeUndefined();
    expect(hostShownInText("ｗｗｗ．ｗｅｓｔａ－ｋａｗａｇｏｅ．ｊｐ")).toBe("www.westa-kawagoe.jp");
    expect(hostShownInText("Click here")).toBeUndefined();
  });

  it("stays linear on 10,000 links", () => {
    const links = Array.from({ length: 10_000 }, (_, i) => ({
      text: `https://site${i}.example.com/`,
      href: `https://site${i}.example.com/p`,
    }));
    const started = performance.now();
    expect(runRule(linkMismatch, { links }, defaultPolicy)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
