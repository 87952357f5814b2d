import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, factLimitsOf } from "../../src/core";
import { readMessageFacts, type ReadLimits } from "../../src/office/read-item";
import {
  createOfficeStub,
  plainMessage,
  type ApiLevel,
  type FailureMode,
  type StubCall,
  type StubMessage,
  type StubProperty,
} from "../support/office-stub";

const zipBytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

const richMessage: StubMessage = {
  itemId: "AAMk-rich",
  from: { name: "ウェスタ川越 インフォメーション", address: "info@evil.example" },
  sender: { name: "ウェスタ川越 インフォメーション", address: "info@evil.example" },
  subject: "Re: ご確認ください",
  to: [{ name: "職員 太郎", address: "staff@westa-kawagoe.jp" }],
  cc: [{ name: "", address: "other@westa-kawagoe.jp" }],
  attachments: [
    { id: "att-zip", name: "請求書.zip", size: zipBytes.length, content: zipBytes },
    { id: "att-pdf", name: "案内.pdf", size: 1200 },
    { id: "att-img", name: "logo.png", size: 300, isInline: true },
  ],
  headers: [
    "Return-Path: <bounce@mailer.example>",
    "From: =?UTF-8?B?44Km44Kn44K544K/5bed6LaK?= <info@evil.example>",
    'Reply-To: "Reservations" <reply@other.example>',
    "Authentication-Results: spf=fail (sender IP is 192.0.2.1)",
    " smtp.mailfrom=evil.example; dmarc=fail action=none",
    "",
  ].join("\r\n"),
  bodyHtml: '<p>請求書を送ります。</p><a href="https://evil.example/x">https://westa-kawagoe.jp/</a>',
  bodyText: "請求書を送ります。",
};

function read(options: Parameters<typeof createOfficeStub>[0], limits: Partial<ReadLimits> = {}) {
  const stub = createOfficeStub(options);
  const deps = { mailbox: stub.office.context.mailbox, requirements: stub.office.context.requirements };
  return { stub, facts: readMessageFacts(deps, { ...factLimitsOf(defaultPolicy), callTimeoutMs: 200, ...limits }) };
}

describe("readMessageFacts", () => {
  it("returns null when no message is selected", async () => {
    const { facts } = read({ item: null });
    expect(await facts).toBeNull();
  });

  it("reads every part of a message on a current host, with nothing missing", async () => {
    const { facts: pending } = read({ item: richMessage });
    const facts = await pending;
    expect(facts).not.toBeNull();
    if (!facts) return;
    expect(facts.missing).toEqual([]);
    expect(facts.from).toEqual({ name: "ウェスタ川越 インフォメーション", address: "info@evil.example" });
    expect(facts.sender?.address).toBe("info@evil.example");
    expect(facts.subject).toBe("Re: ご確認ください");
    expect(facts.to).toEqual([{ name: "職員 太郎", address: "staff@westa-kawagoe.jp" }]);
    expect(facts.cc).toEqual([{ name: "", address: "other@westa-kawagoe.jp" }]);
    expect(facts.replyTo).toEqual([{ name: "Reservations", address: "reply@other.example" }]);
    expect(facts.returnPath).toBe("bounce@mailer.example");
    expect(facts.headers?.find((h) => h.name === "Authentication-Results")?.value).toBe(
      "spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=evil.example; dmarc=fail action=none",
    );
    expect(facts.bodyHtml).toContain("<a href=");
    expect(facts.bodyText).toContain("請求書を送ります。");
    expect(facts.links).toEqual([{ text: "https://westa-kawagoe.jp/", href: "https://evil.example/x" }]);
    expect(facts.userAddress).toBe("staff@westa-kawagoe.jp");
    expect(facts.userName).toBe("職員 太郎");
    expect(facts.attachments.map((a) => [a.name, a.size, a.inline, a.id])).toEqual([
      ["請求書.zip", zipBytes.length, false, "att-zip"],
      ["案内.pdf", 1200, false, "att-pdf"],
      ["logo.png", 300, true, "att-img"],
    ]);
    expect(Array.from(facts.attachments[0]?.bytes ?? [])).toEqual(Array.from(zipBytes));
    expect(facts.attachments[1]?.bytes).toBeUndefined();
  });

  it("reads the headers beside the body, then the archives one after another: never more than two calls at once", async () => {
    const twoZips: StubMessage = {
      ...richMessage,
      attachments: [
        { id: "a", name: "a.zip", size: 8, content: zipBytes },
        { id: "b", name: "b.ZIP", size: 8, content: zipBytes },
      ],
    };
    const { stub, facts } = read({ item: twoZips, delayMs: 5 });
    await facts;
    expect(stub.calls.map((c) => c.call)).toEqual([
      "getAllInternetHeadersAsync",
      "body.getAsync(html)",
      "getAttachmentContentAsync",
      "getAttachmentContentAsync",
    ]);
    expect(stub.maxInFlight()).toBe(2);
  });

  it("opens archives whose names are disguised the way the core reads them (full-width, trailing dot)", async () => {
    const disguised: StubMessage = {
      ...richMessage,
      attachments: [
        { id: "a", name: "invoice.ｚｉｐ", size: 8, content: zipBytes },
        { id: "b", name: "invoice.zip.", size: 8, content: zipBytes },
      ],
    };
    const facts = await read({ item: disguised }).facts;
    expect(facts?.attachments.map((a) => a.bytes?.length)).toEqual([zipBytes.length, zipBytes.length]);
  });

  it("only opens archives: no content call for documents, inline images or attached mails", async () => {
    const message: StubMessage = {
      ...plainMessage,
      attachments: [
        { id: "d", name: "doc.xlsm", size: 100 },
        { id: "m", name: "forwarded.zip", size: 100, attachmentType: "item" },
      ],
    };
    const { stub, facts } = read({ item: message });
    const result = await facts;
    expect(stub.calls.some((c) => c.call === "getAttachmentContentAsync")).toBe(false);
    expect(result?.missing).toEqual([]);
  });

  it("lists but does not open an archive above the size cap", async () => {
    const message: StubMessage = {
      ...plainMessage,
      attachments: [{ id: "big", name: "big.zip", size: 50_000_000, content: zipBytes }],
    };
    const { stub, facts } = read({ item: message }, { maxAttachmentBytes: 10_000_000 });
    const result = await facts;
    expect(stub.calls.some((c) => c.call === "getAttachmentContentAsync")).toBe(false);
    expect(result?.attachments[0]?.bytesSkippedBySize).toBe(true);
    expect(result?.missing).toEqual([
      { part: "attachmentContent", reason: "tooLarge", detail: "big.zip: 50000000 bytes, limit 10000000" },
    ]);
  });

  it("truncates a body above the character cap and says so", async () => {
    const message: StubMessage = { ...plainMessage, bodyHtml: `<p>${"あ".repeat(5000)}</p>` };
    const { facts } = read({ item: message }, { maxBodyChars: 1000 });
    const result = await facts;
    expect(result?.bodyHtml?.length).toBe(1000);
    expect(result?.missing.map((m) => [m.part, m.reason])).toEqual([["body", "tooLarge"]]);
  });

  it("falls back to the text body when HTML cannot be read", async () => {
    const { stub, facts } = read({ item: richMessage, failures: { "body.getAsync(html)": "fail" } });
    const result = await facts;
    expect(result?.bodyText).toBe("請求書を送ります。");
    expect(result?.bodyHtml).toBeUndefined();
    expect(result?.links).toEqual([]);
    expect(result?.missing).toEqual([]);
    expect(stub.calls.map((c) => c.call)).toContain("body.getAsync(text)");
  });

  describe("on older hosts, says what could not be checked", () => {
    const cases: [ApiLevel, string[]][] = [
      ["1.5", ["headers:unsupported", "attachmentContent:unsupported"]],
      ["1.8", []],
    ];
    for (const [level, expected] of cases) {
      it(`Mailbox ${level}`, async () => {
        const { stub, facts } = read({ item: richMessage, apiLevel: level });
        const result = await facts;
        expect(result?.missing.map((m) => `${m.part}:${m.reason}`)).toEqual(expected);
        if (level === "1.5") {
          expect(stub.calls.map((c) => c.call)).toEqual(["body.getAsync(html)"]);
          expect(result?.headers).toBeUndefined();
          expect(result?.replyTo).toEqual([]);
        }
      });
    }
  });

  describe("turns each failed asynchronous read into a missing part", () => {
    const cases: [StubCall, FailureMode, string][] = [
      ["getAllInternetHeadersAsync", "fail", "headers:failed"],
      ["getAllInternetHeadersAsync", "throw", "headers:failed"],
      ["getAllInternetHeadersAsync", "hang", "headers:failed"],
      ["getAttachmentContentAsync", "fail", "attachmentContent:failed"],
      ["getAttachmentContentAsync", "throw", "attachmentContent:failed"],
      ["getAttachmentContentAsync", "hang", "attachmentContent:failed"],
    ];
    for (const [call, mode, expected] of cases) {
      it(`${call} (${mode})`, async () => {
        const { facts } = read({ item: richMessage, failures: { [call]: mode } }, { callTimeoutMs: 40 });
        const result = await facts;
        expect(result?.missing.map((m) => `${m.part}:${m.reason}`)).toEqual([expected]);
        if (mode === "hang") expect(result?.missing[0]?.detail).toMatch(/timeout: no answer/u);
      });
    }

    it("both body reads failing", async () => {
      const { facts } = read({
        item: richMessage,
        failures: { "body.getAsync(html)": "throw", "body.getAsync(text)": "fail" },
      });
      const result = await facts;
      expect(result?.missing.map((m) => `${m.part}:${m.reason}`)).toEqual(["body:failed"]);
      expect(result?.bodyText).toBe("");
    });
  });

  describe("turns each throwing property into a missing part", () => {
    const cases: [StubProperty, string][] = [
      ["from", "from:failed"],
      ["sender", "sender:failed"],
      ["subject", "subject:failed"],
      ["to", "recipients:failed"],
      ["attachments", "attachments:failed"],
      ["userProfile", "userAddress:failed"],
    ];
    for (const [property, expected] of cases) {
      it(property, async () => {
        const { facts } = read({ item: richMessage, throwingProperties: [property] });
        const result = await facts;
        expect(result?.missing.map((m) => `${m.part}:${m.reason}`)).toEqual([expected]);
      });
    }

    it("the item itself: facts that can only be judged unknown, not 'no message'", async () => {
      const { facts } = read({ item: richMessage, throwingProperties: ["item"] });
      const result = await facts;
      expect(result).not.toBeNull();
      if (result) expect(analyze(result, defaultPolicy).level).toBe("unknown");
    });
  });

  it("a message without From is recorded as absent and never judged safe", async () => {
    const message: StubMessage = { ...plainMessage, from: undefined, sender: undefined };
    const { facts } = read({ item: message });
    const result = await facts;
    expect(result?.missing).toEqual([{ part: "from", reason: "absent" }]);
    if (result) expect(analyze(result, defaultPolicy).level).not.toBe("safe");
  });

  it("headers unavailable on a phone-level host keep an ordinary mail from being called safe", async () => {
    const { facts } = read({ item: plainMessage, apiLevel: "1.5" });
    const result = await facts;
    expect(result).not.toBeNull();
    if (result) expect(analyze(result, defaultPolicy).level).not.toBe("safe");
  });
});
