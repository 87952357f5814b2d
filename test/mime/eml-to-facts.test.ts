import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emlToFacts } from "../../src/mime/eml-to-facts";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../dev/samples/${name}`, import.meta.url));
const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");
const eml = (...lines: string[]): string => lines.join("\r\n");

describe("emlToFacts on the synthetic fixtures", () => {
  it("reads the facility-name Emotet pattern: display name, real address, subject, zip", async () => {
    const facts = await emlToFacts(fixture("facility-name-emotet.eml"));
    expect(facts.from).toEqual({
      name: "ウェスタ川越 インフォメーション・施設予約",
      address: "m.kobayashi@hinode-shoji.example",
    });
    expect(facts.subject).toBe("Re: ご確認ください");
    expect(facts.to).toEqual([{ name: "鈴木 様", address: "suzuki@kawagoe-gakki.example" }]);
    expect(facts.missing).toEqual([]);
    expect(facts.bodyText).toContain("パスワード: 7Hq2Kp");
    expect(facts.bodyText).not.toContain("\r");
    expect(facts.bodyHtml).toBeUndefined();
    const [zip] = facts.attachments;
    expect(zip?.name).toBe("請求書_0308.zip");
    expect(zip?.contentType).toBe("application/zip");
    expect(zip?.inline).toBe(false);
    expect(zip?.size).toBe(zip?.bytes?.length);
    // Local file header signature "PK\x03\x04" and the encrypted-entry flag (bit 0).
    expect(Array.from(zip?.bytes?.slice(0, 4) ?? [])).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect((zip?.bytes?.[6] ?? 0) & 1).toBe(1);
  });

  it("keeps every header in order with its original name and raw (encoded) value", async () => {
    const facts = await emlToFacts(fixture("partner-reply.eml"));
    const names = facts.headers?.map((h) => h.name) ?? [];
    expect(names.slice(0, 3)).toEqual(["X-Synthetic", "Authentication-Results", "From"]);
    expect(names).toContain("In-Reply-To");
    const from = facts.headers?.find((h) => h.name === "From");
    expect(from?.value).toMatch(/^=\?UTF-8\?B\?/);
    expect(from?.value).not.toMatch(/\r|\n/);
  });

  it("records a missing From as absent", async () => {
    const facts = await emlToFacts(fixture("missing-from.eml"));
    expect(facts.from).toBeUndefined();
    expect(facts.missing).toEqual([{ part: "from", reason: "absent" }]);
  });
});

describe("emlToFacts on hand-made messages", () => {
  it("uses the first of several From headers and keeps all of them as headers", async () => {
    const facts = await emlToFacts(
      eml("From: Real <real@bad.example>", "From: ウェスタ川越 <info@westa-kawagoe.jp>", "Subject: x", "", "body"),
    );
    expect(facts.from).toEqual({ name: "Real", address: "real@bad.example" });
    expect(facts.headers?.filter((h) => h.name.toLowerCase() === "from").map((h) => h.value)).toEqual([
      "Real <real@bad.example>",
      "ウェスタ川越 <info@westa-kawagoe.jp>",
    ]);
  });

  it("unwraps group syntax in From and To", async () => {
    const facts = await emlToFacts(
      eml("From: Team: a@x.example, b@y.example;", "To: Friends: c@z.example;, d@w.example", "", "body"),
    );
    expect(facts.from).toEqual({ name: "", address: "a@x.example" });
    expect(facts.to.map((m) => m.address)).toEqual(["c@z.example", "d@w.example"]);
    expect(facts.missing).toEqual([]);
  });

  it("treats an empty group as a From without an address (never safe)", async () => {
    const facts = await emlToFacts(eml("From: Undisclosed:;", "", "body"));
    expect(facts.from).toEqual({ name: "Undisclosed", address: "" });
    expect(facts.missing).toMatchObject([{ part: "from", reason: "failed" }]);
  });

  it("treats an empty From header as absent", async () => {
    const facts = await emlToFacts(eml("From: ", "Subject: x", "", "body"));
    expect(facts.from).toBeUndefined();
    expect(facts.missing).toEqual([{ part: "from", reason: "absent" }]);
  });

  it("keeps a decoded display name with quotes and angle brackets verbatim; the address is the real one", async () => {
    const word = `=?UTF-8?B?${b64('"ウェスタ川越" <info@westa-kawagoe.jp>')}?=`;
    const facts = await emlToFacts(eml(`From: ${word} <x@bad.example>`, "", "body"));
    expect(facts.from).toEqual({ name: '"ウェスタ川越" <info@westa-kawagoe.jp>', address: "x@bad.example" });
  });

  it("does not take an address from inside an encoded word", async () => {
    const word = `=?UTF-8?B?${b64("ウェスタ川越 <info@westa-kawagoe.jp>")}?=`;
    const facts = await emlToFacts(eml(`From: ${word}`, "", "body"));
    expect(facts.from).toEqual({ name: "ウェスタ川越 <info@westa-kawagoe.jp>", address: "" });
    expect(facts.missing).toMatchObject([{ part: "from", reason: "failed" }]);
  });

  it("survives broken base64 and keeps what decodes", async () => {
    const facts = await emlToFacts(
      eml(
        "From: a@x.example",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        "!!!@@@###44GC44GE",
        "====zz",
      ),
    );
    expect(facts.bodyText.startsWith("あい")).toBe(true);
  });

  it("repairs UTF-8 text under an unknown charset label, and leaves real Latin-1 alone", async () => {
    const unknown = await emlToFacts(
      Buffer.concat([
        Buffer.from("From: a@x.example\r\nContent-Type: text/plain; charset=x-nonsense\r\n\r\n"),
        Buffer.from("ウェスタ川越"),
      ]),
    );
    expect(unknown.bodyText.trim()).toBe("ウェスタ川越");
    const latin1 = await emlToFacts(
      Buffer.concat([
        Buffer.from("From: a@x.example\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"),
        Buffer.from("caf\xe9", "latin1"),
      ]),
    );
    expect(latin1.bodyText.trim()).toBe("café");
  });

  it("removes NUL bytes from names, subject and body", async () => {
    const facts = await emlToFacts(
      eml("From: ウェスタ\0川越 <a@x.example>", "Subject: ご確認\0ください", "", "本\0文"),
    );
    expect(facts.from?.name).toBe("ウェスタ川越");
    expect(facts.subject).toBe("ご確認ください");
    expect(facts.bodyText.trim()).toBe("本文");
  });

  it("reads Reply-To, Return-Path, Sender and Cc", async () => {
    const facts = await emlToFacts(
      eml(
        "Return-Path: <bounce@lists.example>",
        "From: A <a@x.example>",
        "Sender: List <list@lists.example>",
        "Reply-To: B <b@y.example>",
        "Cc: c@z.example",
        "",
        "body",
      ),
    );
    expect(facts.returnPath).toBe("bounce@lists.example");
    expect(facts.sender).toEqual({ name: "List", address: "list@lists.example" });
    expect(facts.replyTo).toEqual([{ name: "B", address: "b@y.example" }]);
    expect(facts.cc).toEqual([{ name: "", address: "c@z.example" }]);
  });

  it("extracts links only from a real HTML part", async () => {
    const html = await emlToFacts(
      eml(
        "From: a@x.example",
        'Content-Type: multipart/alternative; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "see https://bank.example",
        "--b",
        "Content-Type: text/html",
        "",
        '<p><a href="https://evil.example/login">https://bank.example</a></p>',
        "--b--",
      ),
    );
    expect(html.links).toEqual([{ text: "https://bank.example", href: "https://evil.example/login" }]);
    const plain = await emlToFacts(eml("From: a@x.example", "", "see https://bank.example"));
    expect(plain.bodyHtml).toBeUndefined();
    expect(plain.links).toEqual([]);
  });

  it("marks inline parts and skips bytes above the attachment cap", async () => {
    const big = "A".repeat(3000);
    const facts = await emlToFacts(
      eml(
        "From: a@x.example",
        'Content-Type: multipart/mixed; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "hi",
        "--b",
        "Content-Type: image/png",
        "Content-Disposition: inline; filename=logo.png",
        "",
        "png",
        "--b",
        "Content-Type: application/octet-stream",
        "Content-Disposition: attachment; filename=big.bin",
        "",
        big,
        "--b--",
      ),
      { maxAttachmentBytes: 1000 },
    );
    const [logo, bin] = facts.attachments;
    expect(logo).toMatchObject({ name: "logo.png", inline: true });
    expect(bin).toMatchObject({ name: "big.bin", inline: false, bytesSkippedBySize: true });
    expect(bin?.bytes).toBeUndefined();
    expect(bin?.size).toBeGreaterThan(1000);
    expect(facts.missing).toMatchObject([{ part: "attachmentContent", reason: "tooLarge" }]);
  });

  it("cuts a body over the cap and says so", async () => {
    const facts = await emlToFacts(eml("From: a@x.example", "", "x".repeat(5000)), { maxBodyChars: 1000 });
    expect(facts.bodyText.length).toBe(1000);
    expect(facts.missing).toMatchObject([{ part: "body", reason: "tooLarge" }]);
  });

  it("refuses input over the message cap with an error the caller can report", async () => {
    await expect(emlToFacts("From: a@x.example\r\n\r\n" + "x".repeat(2000), { maxMessageBytes: 1000 })).rejects.toThrow(
      /larger than/,
    );
  });

  it("accepts an ArrayBuffer as well as a string", async () => {
    const bytes = new TextEncoder().encode(eml("From: A <a@x.example>", "", "body"));
    const facts = await emlToFacts(bytes.buffer);
    expect(facts.from?.address).toBe("a@x.example");
  });

  it("never throws on random bytes and reports what it could not read", async () => {
    const junk = Uint8Array.from({ length: 500 }, (_, i) => (i * 131 + 7) % 256);
    const facts = await emlToFacts(junk);
    expect(facts.from).toBeUndefined();
    expect(facts.missing.some((m) => m.part === "from")).toBe(true);
  });

  // Inputs that some parsers turn into the wrong mailbox (cf. CPython CVE-2023-27043): the real
  // address is the angle-addr, or the addr-spec outside the comment; the rest is display text.
  it.each([
    ["alice@example.org <bob@evil.example>", { name: "alice@example.org", address: "bob@evil.example" }],
    ['"alice@example.org" <bob@evil.example>', { name: "alice@example.org", address: "bob@evil.example" }],
    ["bob@evil.example (alice@example.org)", { name: "alice@example.org", address: "bob@evil.example" }],
    [
      "=?UTF-8?Q?info=40westa-kawagoe.jp?= <x@bad.example>",
      { name: "info@westa-kawagoe.jp", address: "x@bad.example" },
    ],
    ["=?UTF-8?Q?info=40westa-kawagoe.jp?=", { name: "info@westa-kawagoe.jp", address: "" }],
    ['"ウェスタ川越" <>', { name: "ウェスタ川越", address: "" }],
  ])("From: %s reads as the mailbox a reader would see", async (raw, mailbox) => {
    const facts = await emlToFacts(eml(`From: ${raw}`, "", "body"));
    expect(facts.from).toEqual(mailbox);
    expect(facts.missing.some((m) => m.part === "from")).toBe(mailbox.address === "");
  });
});
