import { describe, expect, it } from "vitest";
import { hostOfHref } from "../../../src/core/net/url-host";
import { linkTarget } from "../../../src/core/net/link-target";

describe("hostOfHref", () => {
  it.each([
    ["https://westa-kawagoe.jp/x", "westa-kawagoe.jp"],
    ["HTTPS://User:pw@WESTA-KAWAG0E.JP:8443/login?a=b#c", "westa-kawag0e.jp"],
    ["//cdn.example.com/a.js", "cdn.example.com"],
    ["https:\\\\evil.example\\x", "evil.example"],
    ["https://westa-kawagoe.jp.example.com.", "westa-kawagoe.jp.example.com"],
    ["https://ｗｅｓｔａ。jp/", "westa.jp"],
    // Read as browsers do, and as link-mismatch reads them (one parser for both).
    ["http:/westa-kawag0e.jp/login", "westa-kawag0e.jp"],
    ["https:///evil.example/", "evil.example"],
    ["https://ev\til.example/", "evil.example"],
    ["HTTPS://Evil.Example../", "evil.example"],
    ["mailto:yoyaku@westakawagoe.jp?subject=x", "westakawagoe.jp"],
    ["/relative/path", undefined],
    ["javascript:alert(1)", undefined],
    ["https://[2001:db8::1]/", undefined],
    ["", undefined],
  ])("%s → %s", (href, host) => {
    expect(hostOfHref(href)).toBe(host);
  });
});

describe("linkTarget and hostOfHref agree on web links", () => {
  it.each([
    "https://evil.example\u3002jp/",
    "HTTPS://Evil.Example../",
    "http:/westa-kawag0e.jp/x",
    "https://ｗｅｓｔａ。jp/",
  ])("%s", (href) => {
    expect(linkTarget(href)?.host).toBe(hostOfHref(href));
  });
});
