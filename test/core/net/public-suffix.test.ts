import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { allRules, leftOutPlaceName } from "../../../scripts/gen-public-suffixes.mjs";
import { compactEnv } from "../../../src/core/engine/compact-env";
import { defaultEnv } from "../../../src/core/engine/env";
import { publicSuffixRuleCount } from "../../../src/core/data/public-suffixes.generated";
import { publicSuffixOf, registrableDomainOf, unpackSuffixRules } from "../../../src/core/net/public-suffix";

/** Hosts whose answers differ between the compact table and tldts-icann (the task pane's). */
function disagreements(hosts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const host of hosts) {
    const full = [defaultEnv.registrableDomain(host), defaultEnv.publicSuffix(host)];
    const compact = [compactEnv.registrableDomain(host), compactEnv.publicSuffix(host)];
    if (full[0] !== compact[0] || full[1] !== compact[1])
      out.push(`${JSON.stringify(host)}: full ${JSON.stringify(full)}, compact ${JSON.stringify(compact)}`);
  }
  return out;
}

// Written by hand to cover each kind of rule and each odd input the core can pass.
const trickyHosts = [
  // plain and multi-label suffixes
  "example.com",
  "www.example.com",
  "co.jp",
  "example.co.jp",
  "a.b.example.co.jp",
  "example.co.uk",
  "www.example.co.uk",
  "co.uk",
  "uk",
  "westa-kawagoe.jp",
  "mail.westa-kawagoe.jp",
  "jp",
  "example.jp",
  // jp geographic rules: city.kawagoe.saitama.jp is the facility's city hall
  "city.kawagoe.saitama.jp",
  "www.city.kawagoe.saitama.jp",
  "kawagoe.saitama.jp",
  "saitama.jp",
  "foo.saitama.jp",
  "a.b.foo.saitama.jp",
  // wildcard and exception rules
  "kawasaki.jp",
  "c.kawasaki.jp",
  "b.c.kawasaki.jp",
  "a.b.c.kawasaki.jp",
  "city.kawasaki.jp",
  "www.city.kawasaki.jp",
  "ck",
  "www.ck",
  "a.www.ck",
  "b.ck",
  "a.b.ck",
  "school.sch.uk",
  "x.school.sch.uk",
  "a.nom.br",
  "b.a.nom.br",
  "foo.er",
  "bar.foo.er",
  "k12.ca.us",
  "school.k12.ca.us",
  "x.school.k12.ca.us",
  // IDN TLDs and IDN rules, Unicode and punycode
  "例え.テスト",
  "例え.jp",
  "ウェスタ川越.jp",
  "xn--eckwd4c7c.xn--zckzah",
  "example.中国",
  "example.xn--fiqs8s",
  "教育.hk",
  "xn--55qx5d.hk",
  "a.教育.hk",
  "a.xn--55qx5d.hk",
  "example.公司.hk",
  "example.xn--55qx5d.hk",
  "b.网络.cn",
  "b.xn--io0a7i.cn",
  "大阪.jp",
  "x.大阪.jp",
  "example.рф",
  "example.xn--p1ai",
  "xn--80ak6aa92e.com",
  "xn--zzzzz.jp",
  "xn--.com",
  // IP literals, numbers and junk
  "1.2.3.4",
  "192.168.0.1",
  "256.1.1.1",
  "01.2.3.4",
  "0x7f.0.0.1",
  "1.2.3",
  "1.2.3.4.5",
  "example.123",
  "2130706433",
  "::1",
  "[1.2.3.4]",
  "[::1]",
  "",
  ".",
  "..",
  "a.",
  "-a.example.com",
  "a-.example.com",
  "_dmarc.example.com",
  "a_b.example.com",
  "a..b.com",
  "ex ample.com",
  "a".repeat(64) + ".com",
  `${"a".repeat(63)}.com`,
  `${"a.".repeat(130)}com`,
  // trailing and leading dots, case, blanks
  "example.com.",
  "example.co.jp.",
  "example.com..",
  ".example.com",
  "..example.com",
  "EXAMPLE.CO.JP",
  "Example.Com",
  " example.com ",
  "localhost",
  "unknown-tld.zzzz",
];

describe("compact Public Suffix List (launch event)", () => {
  it("the committed table equals what scripts/gen-public-suffixes.mjs generates", () => {
    const out = execFileSync(process.execPath, ["scripts/gen-public-suffixes.mjs", "--check"], { encoding: "utf8" });
    expect(out).toContain("up to date");
  });

  it("keeps thousands of rules but not the single-label ones", () => {
    expect(publicSuffixRuleCount).toBeGreaterThan(4500);
    const { rules } = unpackSuffixRules("jp:co,*;kawasaki.jp:!city");
    expect(rules.get("co.jp")).toBe(true);
    expect(rules.get("jp")).toBe(false);
  });

  it("answers the rules it is given", () => {
    const table = unpackSuffixRules("jp:co;kawasaki.jp:*,!city");
    expect(publicSuffixOf("www.example.co.jp", table)).toBe("co.jp");
    expect(registrableDomainOf("www.example.co.jp", table)).toBe("example.co.jp");
    expect(publicSuffixOf("a.b.kawasaki.jp", table)).toBe("b.kawasaki.jp");
    expect(registrableDomainOf("www.city.kawasaki.jp", table)).toBe("city.kawasaki.jp");
    expect(registrableDomainOf("co.jp", table)).toBeNull();
    expect(registrableDomainOf("1.2.3.4", table)).toBeNull();
  });

  it("agrees with tldts-icann on 100% of the hand-written tricky hosts", () => {
    expect(disagreements(trickyHosts)).toEqual([]);
  });

  it("agrees with tldts-icann on every rule of the full list it keeps, below it and with a trailing dot", () => {
    const hosts = new Set<string>();
    for (const rule of allRules()) {
      if (leftOutPlaceName(rule)) continue;
      const name = rule.replace(/^!/u, "").replace(/^\*/u, "wild");
      for (const host of [name, `x.${name}`, `y.x.${name}`, `${name}.`]) hosts.add(host);
    }
    expect(hosts.size).toBeGreaterThan(25_000);
    expect(disagreements(hosts)).toEqual([]);
  });

  it("groups hosts under a left-out place name of .no or .it under that name, and only those", () => {
    const leftOut = allRules().filter(leftOutPlaceName);
    expect(leftOut.length).toBeGreaterThan(800);
    expect(leftOut.length).toBeLessThan(1200);
    expect(leftOut.every((rule) => rule.endsWith(".no") || rule.endsWith(".it"))).toBe(true);
    expect(leftOut).toContain("agrigento.it");
    expect(leftOut).not.toContain("gov.it");
    expect(leftOut).not.toContain("priv.no");
    expect(compactEnv.registrableDomain("www.comune.agrigento.it")).toBe("agrigento.it");
    expect(defaultEnv.registrableDomain("www.comune.agrigento.it")).toBe("comune.agrigento.it");
    expect(compactEnv.registrableDomain("www.example.gov.it")).toBe(defaultEnv.registrableDomain("www.example.gov.it"));
    expect(compactEnv.registrableDomain("city.kawagoe.saitama.jp")).toBe("city.kawagoe.saitama.jp");
  });
});
