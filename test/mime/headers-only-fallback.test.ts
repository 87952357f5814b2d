import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core";
import { emlToFacts } from "../../src/mime/eml-to-facts";

function deeplyNested(levels: number): string {
  const head = [
    "From: =?UTF-8?B?44Km44Kn44K544K/5bed6LaK?= <info@evil.example>",
    "To: staff@example.jp",
    "Subject: =?UTF-8?B?UmU6IOOBlOeiuuiqjeOBj+OBoOOBleOBhA==?=",
    "MIME-Version: 1.0",
  ];
  let body = "text";
  for (let i = levels; i > 0; i -= 1)
    body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--`;
  return `${head.join("\r\n")}\r\n${body}\r\n`;
}

describe("a mail whose MIME structure the parser refuses", () => {
  it("is judged from its header block, with the body and attachments reported as unreadable", async () => {
    const facts = await emlToFacts(deeplyNested(300));
    expect(facts.from).toEqual({ name: "ウェスタ川越", address: "info@evil.example" });
    expect(facts.subject).toBe("Re: ご確認ください");
    expect(facts.missing.map((m) => `${m.part}/${m.reason}`)).toEqual(["body/failed", "attachments/failed"]);
    expect(facts.missing[0]?.detail).toMatch(/nesting depth/);
    const verdict = analyze(facts);
    expect(verdict.level).toBe("danger");
    expect(verdict.skipped.map((s) => s.part)).toEqual(["body", "attachments"]);
  });

  it("is never safe even when the sender looks ordinary", async () => {
    const facts = await emlToFacts(deeplyNested(300).replace(/^From: .*$/m, "From: Taro <taro@example.com>"));
    expect(analyze(facts).level).toBe("unknown");
  });
});
