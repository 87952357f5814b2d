import { describe, expect, it } from "vitest";
import { scanDisplayName, withoutAddresses } from "../../../src/core/net/named-domains";

describe("scanDisplayName", () => {
  it("finds addresses and bare domains", () => {
    expect(scanDisplayName("info@westa-kawagoe.jp (Westa-Kawagoe.jp)").named).toEqual([
      { text: "info@westa-kawagoe.jp", host: "westa-kawagoe.jp", isAddress: true },
      { text: "westa-kawagoe.jp", host: "westa-kawagoe.jp", isAddress: false },
    ]);
  });

  it("reads full-width and ideographic full stops", () => {
    expect(scanDisplayName("ｓｕｐｐｏｒｔ＠ｅｘａｍｐｌｅ。ｃｏｍ").named.map((n) => n.text)).toEqual([
      "support@example.com",
    ]);
  });

  it("ignores abbreviations that are not domains", () => {
    expect(scanDisplayName("Mr.Smith No.1 Ver.2.0 U.S.A. Dr.Jo").named).toEqual([]);
  });

  it("stays fast on a hostile name", () => {
    const started = performance.now();
    scanDisplayName(`${".".repeat(100_000)}a@b`);
    scanDisplayName("a.".repeat(100_000));
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("withoutAddresses", () => {
  it("blanks addresses and domains, keeps the words", () => {
    expect(withoutAddresses("Westa Kawagoe <info@westa-kawagoe.jp>")).toBe("Westa Kawagoe < >");
    expect(withoutAddresses("ｗｅｓｔａ－ｋａｗａｇｏｅ．ｊｐ 予約係")).toBe("  予約係");
    expect(withoutAddresses("Mr.Smith")).toBe("Mr.Smith");
  });
});
