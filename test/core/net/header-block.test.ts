import { describe, expect, it } from "vitest";
import { headerValues, parseHeaderBlock } from "../../../src/core/net/header-block";
import { parseAddressList, parsePathAddress } from "../../../src/core/net/address-list";
import { decodeBase64Loose, decodeEncodedWords, decodeUtf8 } from "../../../src/core/net/encoded-words";

describe("parseHeaderBlock", () => {
  it("splits fields in order and unfolds continuation lines, keeping the folding whitespace", () => {
    const block =
      "Return-Path: <b@x.example>\r\nSubject: Re: ご確認\r\n ください\r\nAuthentication-Results: spf=fail\r\n\tdmarc=fail\r\n";
    expect(parseHeaderBlock(block)).toEqual([
      { name: "Return-Path", value: "<b@x.example>" },
      { name: "Subject", value: "Re: ご確認 ください" },
      { name: "Authentication-Results", value: "spf=fail\tdmarc=fail" },
    ]);
  });

  it("accepts bare LF line ends and stops at the blank line before a body", () => {
    expect(parseHeaderBlock("A: 1\nB: 2\n\nC: body text\n")).toEqual([
      { name: "A", value: "1" },
      { name: "B", value: "2" },
    ]);
  });

  it("skips lines that are not fields instead of failing", () => {
    const fields = parseHeaderBlock(
      " orphan continuation\r\nFrom nobody Mon Jan 1\r\nno colon here\r\nX-Ok: yes\r\n: empty name\r\n",
    );
    expect(fields).toEqual([{ name: "X-Ok", value: "yes" }]);
  });

  it("keeps repeated fields and finds them case-insensitively", () => {
    const fields = parseHeaderBlock("Received: a\r\nreceived: b\r\nX: c\r\n");
    expect(headerValues(fields, "RECEIVED")).toEqual(["a", "b"]);
  });

  it("returns nothing for an empty block", () => {
    expect(parseHeaderBlock("")).toEqual([]);
  });
});

describe("parseAddressList", () => {
  it("reads quoted names, bare addresses and comments", () => {
    expect(parseAddressList('"ウェスタ川越, 予約" <info@evil.example>, b@example.jp (Bob), <c@example.jp>')).toEqual([
      { name: "ウェスタ川越, 予約", address: "info@evil.example" },
      { name: "Bob", address: "b@example.jp" },
      { name: "", address: "c@example.jp" },
    ]);
  });

  it("reads group members and ignores empty groups", () => {
    expect(parseAddressList("Team: a@example.jp, b@example.jp;, Undisclosed recipients:;")).toEqual([
      { name: "", address: "a@example.jp" },
      { name: "", address: "b@example.jp" },
    ]);
  });

  it("decodes RFC 2047 names", () => {
    expect(parseAddressList("=?UTF-8?B?44Km44Kn44K544K/5bed6LaK?= <x@evil.example>")).toEqual([
      { name: "ウェスタ川越", address: "x@evil.example" },
    ]);
  });

  it("drops parts without an address", () => {
    expect(parseAddressList("just words, <>")).toEqual([]);
  });

  it("reads the Return-Path address and treats the null path as none", () => {
    expect(parsePathAddress("<bounce@mailer.example>")).toBe("bounce@mailer.example");
    expect(parsePathAddress("<>")).toBeUndefined();
  });
});

describe("decodeEncodedWords", () => {
  it("decodes B and Q words and joins adjacent words", () => {
    expect(decodeEncodedWords("=?utf-8?Q?caf=C3=A9_bar?= =?UTF-8?B?44GC?=")).toBe("café barあ");
  });

  it("keeps a word in an unknown charset as written unless a decoder knows it", () => {
    const word = "=?ISO-2022-JP?B?GyRCJCIbKEI=?=";
    expect(decodeEncodedWords(word)).toBe(word);
    expect(decodeEncodedWords(word, (charset) => (charset === "iso-2022-jp" ? "あ" : null))).toBe("あ");
  });

  it("survives a throwing decoder and broken base64", () => {
    expect(
      decodeEncodedWords("=?x-odd?B?AAAA?=", () => {
        throw new Error("boom");
      }),
    ).toBe("=?x-odd?B?AAAA?=");
    expect(decodeEncodedWords("=?UTF-8?B?***?=")).toBe("=?UTF-8?B?***?=");
  });

  it("decodes Base64 without atob and UTF-8 without TextDecoder", () => {
    const bytes = decodeBase64Loose("UEsDBA==");
    expect(Array.from(bytes ?? [])).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(decodeUtf8(Uint8Array.from([0xe6, 0x97, 0xa5, 0xff, 0x41]))).toBe("日\uFFFDA");
  });
});
