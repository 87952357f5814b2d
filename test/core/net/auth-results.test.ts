import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseAuthenticationResults, receivingAuthResults } from "../../../src/core/net/auth-results";
import { parseForefrontReport, receivingForefrontReport, compauthReasonMeaning } from "../../../src/core/net/forefront";
import type { HeaderField } from "../../../src/core/model/facts";

const microsoft =
  "spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=example.com; dkim=pass (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100";

describe("parseAuthenticationResults", () => {
  it("reads Microsoft's form without authserv-id", () => {
    const parsed = parseAuthenticationResults(microsoft);
    expect(parsed.authservId).toBeUndefined();
    expect(parsed.results.map((r) => [r.method, r.result])).toEqual([
      ["spf", "pass"],
      ["dkim", "pass"],
      ["dmarc", "pass"],
      ["compauth", "pass"],
    ]);
    expect(parsed.results[0]?.properties["smtp.mailfrom"]).toBe("example.com");
    expect(parsed.results[2]?.action).toBe("none");
    expect(parsed.results[3]?.reason).toBe("100");
  });

  it("reads the RFC 8601 form with authserv-id, version, comments and quoted values", () => {
    const parsed = parseAuthenticationResults(
      'mx.example.org 1; dkim=pass (Good 2048 bit (rsa) key) header.d=example.net header.b="Jb3I/n"; spf=softfail smtp.mailfrom=@bounce.example.net; dmarc=FAIL (p=reject dis=none) header.from=example.net',
    );
    expect(parsed.authservId).toBe("mx.example.org");
    expect(parsed.results.map((r) => [r.method, r.result])).toEqual([
      ["dkim", "pass"],
      ["spf", "softfail"],
      ["dmarc", "fail"],
    ]);
    expect(parsed.results[0]?.properties["header.b"]).toBe("Jb3I/n");
  });

  it("reads 'none' (no results) and garbage without throwing", () => {
    expect(parseAuthenticationResults("example.org; none").results).toEqual([]);
    expect(parseAuthenticationResults(';;==((("').results).toEqual([]);
    expect(parseAuthenticationResults("spf=pass) smtp.mailfrom=a.example ))").results.map((r) => r.result)).toEqual([
      "pass",
    ]);
  });

  it("never throws or hangs on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "=", ";", "(", ")", '"', "\\", " ", ".", "@") }), (value) => {
        expect(Array.isArray(parseAuthenticationResults(value).results)).toBe(true);
      }),
      { seed: 8601, numRuns: 500 },
    );
  });

  it("splits several methods written in one segment", () => {
    expect(
      parseAuthenticationResults("spf=fail smtp.mailfrom=a.example dkim=none header.d=none").results.map(
        (r) => r.method,
      ),
    ).toEqual(["spf", "dkim"]);
  });
});

const h = (name: string, value: string): HeaderField => ({ name, value });

describe("parseAuthenticationResults: comments around '/' and '.', and malformed headers", () => {
  const h = (value: string): HeaderField[] => [{ name: "Authentication-Results", value }];
  it.each([
    [
      "RFC 8601 B.7",
      "foo.example.net (foobar) 1 (baz); dkim (Because I like it) / 1 (One yay) = (wait for it) fail policy (A dot can go here) . (like that) expired (this surprised me) = (as I wasn't expecting it) 1362471462",
      "dkim",
      "fail",
      "policy.expired",
      "1362471462",
    ],
    [
      "spaces around '/' only",
      "example.com; dkim / 1 = pass header.d=example.com",
      "dkim",
      "pass",
      "header.d",
      "example.com",
    ],
    [
      "space before '.' only",
      "example.com; spf=fail smtp .mailfrom=example.com",
      "spf",
      "fail",
      "smtp.mailfrom",
      "example.com",
    ],
  ])("%s", (_name, value, method, result, key, property) => {
    const parsed = parseAuthenticationResults(value);
    expect(parsed.results).toHaveLength(1);
    expect(parsed.results[0]).toMatchObject({ method, result });
    expect(parsed.results[0]?.properties[key]).toBe(property);
    expect(parsed.malformed).toBeUndefined();
  });

  it.each([
    ["unclosed comment", "example.com; dkim=pass (unterminated; dmarc=fail header.from=example.com"],
    ["unclosed quoted string", 'example.com; dkim=pass reason="unterminated; dmarc=fail header.from=example.com'],
    ["a ')' with no '(' open", "example.com; dkim=pass good) header.d=example.com"],
  ])("%s: marked malformed, and its passes do not count", (_name, value) => {
    expect(parseAuthenticationResults(value).malformed).toBe(true);
    const summary = receivingAuthResults(h(value));
    expect(summary.dkim).toEqual([]);
  });

  it("keeps a malformed header's failures: they still warn", () => {
    const summary = receivingAuthResults(h("example.com; spf=fail smtp.mailfrom=example.com; dkim=pass (oops"));
    expect(summary.spf?.result).toBe("fail");
    expect(summary.dkim).toEqual([]);
  });

  it("does not read dmarc=bestguesspass as a pass", async () => {
    const { isPass } = await import("../../../src/core/net/auth-results");
    const summary = receivingAuthResults(
      h("spf=pass smtp.mailfrom=example.com; dmarc=bestguesspass action=none header.from=example.com"),
    );
    expect(summary.dmarc?.result).toBe("bestguesspass");
    expect(isPass(summary.dmarc)).toBe(false);
  });
});

describe("receivingAuthResults", () => {
  it("trusts only the topmost block and ignores a forged pass further down", () => {
    const summary = receivingAuthResults([
      h("Received", "from internal by mx"),
      h(
        "Authentication-Results",
        "spf=fail (sender IP is 192.0.2.66) smtp.mailfrom=westa-kawagoe.jp; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=westa-kawagoe.jp;compauth=fail reason=000",
      ),
      h("Received", "from attacker"),
      h("Authentication-Results", "westa-kawagoe.jp; dmarc=pass header.from=westa-kawagoe.jp"),
      h("From", "x@westa-kawagoe.jp"),
    ]);
    expect(summary.dmarc?.result).toBe("fail");
    expect(summary.compauth?.reason).toBe("000");
    expect(summary.ignored).toBe(1);
  });

  it("joins consecutive headers from the same receiver (one method per header)", () => {
    const summary = receivingAuthResults([
      h("Authentication-Results", "mx.example.org; dmarc=pass header.from=a.example"),
      h("Authentication-Results", "mx.example.org; spf=pass smtp.mailfrom=a.example"),
      h("Authentication-Results", "other.example; dkim=pass header.d=a.example"),
    ]);
    expect(summary.dmarc?.result).toBe("pass");
    expect(summary.spf?.result).toBe("pass");
    expect(summary.dkim).toEqual([]);
    expect(summary.ignored).toBe(1);
  });

  it("is empty when headers are unavailable, and reads AuthAs", () => {
    expect(receivingAuthResults(undefined).headers).toEqual([]);
    expect(receivingAuthResults([h("X-MS-Exchange-Organization-AuthAs", " Anonymous ")]).authAs).toBe("anonymous");
  });
});

describe("X-Forefront-Antispam-Report", () => {
  it("reads CAT, SFTY, SFV and SCL", () => {
    const report = parseForefrontReport(
      "CIP:192.0.2.1;CTRY:JP;LANG:ja;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.example;PTR:;CAT:SPOOF;SFTY:9.19;SFS:(13230025)(1690799011);DIR:INB;",
    );
    expect(report).toMatchObject({ cat: "SPOOF", sfty: "9.19", sfv: "SPM", scl: 5 });
    expect(report.fields.CTRY).toBe("JP");
  });

  it("takes the topmost report only", () => {
    const report = receivingForefrontReport([
      h("X-Forefront-Antispam-Report", "CAT:NONE;SFV:NSPM"),
      h("X-Forefront-Antispam-Report", "CAT:SPOOF"),
    ]);
    expect(report?.cat).toBe("NONE");
  });

  it("explains compauth reasons in plain words", () => {
    expect(compauthReasonMeaning("001")?.en).toContain("nothing authenticates");
    expect(compauthReasonMeaning("601")?.ja).toContain("自組織");
    expect(compauthReasonMeaning("100")).toBeUndefined();
    expect(compauthReasonMeaning("abc")).toBeUndefined();
  });
});
