import { describe, expect, it } from "vitest";
import {
  analyze,
  buildFacts,
  defaultPolicy,
  factLimitsOf,
  type ExtractedParts,
  type Policy,
  type Verdict,
} from "../../src/core";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { buildMail } from "./support/mail-builder";
import { buildZip } from "../../scripts/fixtures/zip";

/**
 * Caps (policy.limits): bodies and attachment bytes are examined up to the cap and no further;
 * the verdict says what was not examined (reason tooLarge) and a cap never yields `safe`. The
 * caps are applied where facts are built (buildFacts), with the same limits the verdict uses.
 */

const plainSender = { name: "Partner Office", address: "office@partner.example" };
const filler = (chars: number): string => "あ".repeat(chars);

function withLimits(limits: Partial<Policy["limits"]>): Policy {
  return { ...defaultPolicy, limits: { ...defaultPolicy.limits, ...limits } };
}

function judge(overrides: ExtractedParts, policy: Policy = defaultPolicy): Verdict {
  return analyze(buildFacts({ from: plainSender, headers: [], ...overrides }, factLimitsOf(policy)), policy);
}

function tooLarge(verdict: Verdict, part: "body" | "attachmentContent"): boolean {
  return verdict.skipped.some((s) => s.part === part && s.reason === "tooLarge");
}

function lureFound(verdict: Verdict, phrase: string): boolean {
  return verdict.findings.some(
    (f) => f.rule === "lure-phrase" && Object.values(f.evidence).some((v) => v.includes(phrase)),
  );
}

describe("body cap (policy.limits.maxBodyChars)", () => {
  const max = defaultPolicy.limits.maxBodyChars;

  it(`documents the default cap: ${max.toLocaleString("en")} characters`, () => {
    expect(max).toBe(2_000_000);
  });

  it("a plain body just under the cap is examined whole and can be safe", () => {
    const verdict = judge({ bodyText: filler(max) });
    expect(tooLarge(verdict, "body")).toBe(false);
    expect(verdict.level).toBe("safe");
  });

  it("a plain body one character over the cap is unknown, never safe, and says the body was not fully checked", () => {
    const verdict = judge({ bodyText: filler(max + 1) });
    expect(tooLarge(verdict, "body")).toBe(true);
    expect(verdict.level).toBe("unknown");
    expect(verdict.skipped.find((s) => s.part === "body")?.message.ja).toContain("大きすぎる");
  });

  it("text before the cap is examined, text after it is not", () => {
    const small = withLimits({ maxBodyChars: 1000 });
    expect(lureFound(judge({ bodyText: `${filler(900)}至急${filler(5000)}` }, small), "至急")).toBe(true);
    const beyond = judge({ bodyText: `${filler(1100)}至急` }, small);
    expect(lureFound(beyond, "至急")).toBe(false);
    expect(tooLarge(beyond, "body")).toBe(true);
    expect(beyond.level).not.toBe("safe");
  });

  it("an HTML body over the cap is also reported and never safe", () => {
    const small = withLimits({ maxBodyChars: 1000 });
    const html = `<p>${filler(2000)}</p>`;
    const verdict = judge({ bodyText: "短い本文", bodyHtml: html }, small);
    expect(tooLarge(verdict, "body")).toBe(true);
    expect(verdict.level).not.toBe("safe");
  });

  it("a cap does not lower a danger found in the examined part", () => {
    const verdict = judge({ from: { name: "ウェスタ川越", address: "info@evil.example" }, bodyText: filler(max + 10) });
    expect(verdict.level).toBe("danger");
    expect(tooLarge(verdict, "body")).toBe(true);
  });

  it("through emlToFacts: a mail whose body is over the cap is reported and not safe", async () => {
    const mail = buildMail({
      headers: ["From: Partner Office <office@partner.example>", "Subject: 会報"],
      text: filler(max + 100),
    });
    const verdict = analyze(await emlToFacts(mail));
    expect(tooLarge(verdict, "body")).toBe(true);
    expect(verdict.level).not.toBe("safe");
  });
});

describe("attachment bytes cap (policy.limits.maxAttachmentBytes)", () => {
  const max = defaultPolicy.limits.maxAttachmentBytes;
  const macroZip = (padding: number): Uint8Array =>
    buildZip([
      { name: "macro.xlsm", data: new Uint8Array(16) },
      { name: "padding.bin", data: new Uint8Array(padding) },
    ]);

  it(`documents the default cap: ${max.toLocaleString("en")} bytes`, () => {
    expect(max).toBe(10_000_000);
  });

  it("a zip under the cap is opened: the macro document inside is found", () => {
    const verdict = judge(
      { attachments: [{ name: "data.bin", size: 2000, inline: false, bytes: macroZip(1000) }] },
      withLimits({ maxAttachmentBytes: 5000 }),
    );
    expect(verdict.findings.some((f) => f.rule === "archive-contents" && f.evidence.entry === "macro.xlsm")).toBe(true);
    expect(tooLarge(verdict, "attachmentContent")).toBe(false);
  });

  it("a zip over the cap is not opened, is reported as not examined, and is not safe", () => {
    const bytes = macroZip(6000);
    const verdict = judge(
      { attachments: [{ name: "data.bin", size: bytes.length, inline: false, bytes }] },
      withLimits({ maxAttachmentBytes: 5000 }),
    );
    expect(verdict.findings.some((f) => f.evidence.entry === "macro.xlsm")).toBe(false);
    expect(tooLarge(verdict, "attachmentContent")).toBe(true);
    expect(verdict.level).not.toBe("safe");
  });

  it("at the default cap: a zip of 10 MB + 1 byte is not opened and not safe", () => {
    const bytes = macroZip(max + 1);
    const verdict = judge({ attachments: [{ name: "data.bin", size: bytes.length, inline: false, bytes }] });
    expect(tooLarge(verdict, "attachmentContent")).toBe(true);
    expect(verdict.level).not.toBe("safe");
  });

  it("an archive the adapter skipped for size (no bytes) is reported and not safe", () => {
    const verdict = judge({
      attachments: [{ name: "data.zip", size: 50_000_000, inline: false, bytesSkippedBySize: true }],
    });
    expect(tooLarge(verdict, "attachmentContent")).toBe(true);
    expect(verdict.level).not.toBe("safe");
  });

  it("through emlToFacts: an attachment over the cap is listed without bytes, reported, and not safe", async () => {
    const zip = macroZip(3000);
    const mail = buildMail({
      headers: ["From: Partner Office <office@partner.example>", "Subject: 資料"],
      text: "資料です。",
      attachments: [{ name: "data.bin", contentType: "application/octet-stream", bytes: zip }],
    });
    const parsed = await emlToFacts(mail, { maxAttachmentBytes: 2000 });
    expect(parsed.attachments[0]?.bytes).toBeUndefined();
    const verdict = analyze(parsed, withLimits({ maxAttachmentBytes: 2000 }));
    expect(tooLarge(verdict, "attachmentContent")).toBe(true);
    expect(verdict.level).not.toBe("safe");
  });
});
