import { describe, expect, it } from "vitest";
import { analyze, buildFacts, defaultPolicy, factLimitsOf, type HeaderField } from "../../src/core";
import { outsideMail } from "../support/rule-table";

const dmarcFail: HeaderField = {
  name: "Authentication-Results",
  value:
    "spf=fail (sender IP is 192.0.2.66) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=none header.from=example.com;compauth=fail reason=001",
};

describe("levels from message rules together", () => {
  it("a plain outside mail starting with Re: and no References stays safe", () => {
    const verdict = analyze(outsideMail({ subject: "Re: 来週の打合せ" }), defaultPolicy);
    expect(verdict.findings.map((f) => f.messageId)).toContain("replyWithoutThread");
    expect(verdict.level).toBe("safe");
  });

  it("Re: plus a lure alone stays safe (weak signals without a sender signal)", () => {
    const verdict = analyze(outsideMail({ subject: "Re: 請求書をご確認ください" }), defaultPolicy);
    expect(verdict.findings.map((f) => f.messageId).sort()).toEqual(["lurePhrases", "replyWithoutThread"]);
    expect(verdict.level).toBe("safe");
  });

  it("authentication failure alone is a caution", () => {
    expect(analyze(outsideMail({ headers: [dmarcFail] }), defaultPolicy).level).toBe("caution");
  });

  it("authentication failure + Re: + lure is danger", () => {
    const verdict = analyze(
      outsideMail({ subject: "Re: 請求書をご確認ください", headers: [dmarcFail] }),
      defaultPolicy,
    );
    expect(verdict.findings.map((f) => [f.messageId, f.severity])).toEqual(
      expect.arrayContaining([
        ["authFailed", "medium"],
        ["replyWithoutThread", "weak"],
        ["lurePhrases", "weak"],
      ]),
    );
    expect(verdict.level).toBe("danger");
  });

  it("an authentication pass never lowers a warning", () => {
    const pass: HeaderField = {
      name: "Authentication-Results",
      value:
        "spf=pass smtp.mailfrom=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100",
    };
    const verdict = analyze(
      outsideMail({ headers: [pass], attachments: [{ name: "scan.pdf.exe", size: 1, inline: false }] }),
      defaultPolicy,
    );
    expect(verdict.level).toBe("danger");
  });
});

describe("body cap", () => {
  const policy = { ...defaultPolicy, limits: { ...defaultPolicy.limits, maxBodyChars: 1000 } };

  it("rules see only the capped body, and the verdict says the body was not fully checked", () => {
    const verdict = analyze(
      buildFacts(outsideMail({ bodyText: `${"あ".repeat(2000)}請求書` }), factLimitsOf(policy)),
      policy,
    );
    expect(verdict.findings.map((f) => f.messageId)).not.toContain("lurePhrases");
    expect(verdict.skipped).toEqual([expect.objectContaining({ part: "body", reason: "tooLarge" })]);
    expect(verdict.level).toBe("unknown");
  });

  it("caps an HTML body too and reports the body once", () => {
    const facts = buildFacts(outsideMail({ bodyHtml: `<p>${"x".repeat(5000)}</p>` }), factLimitsOf(policy));
    const verdict = analyze(facts, policy);
    expect(verdict.skipped.filter((s) => s.part === "body")).toHaveLength(1);
    expect(verdict.level).not.toBe("safe");
  });

  it("leaves a short body alone", () => {
    expect(analyze(outsideMail({ bodyText: "短い本文" }), policy).skipped).toEqual([]);
  });
});

describe("trust and authentication", () => {
  const booking = { from: { name: "予約システム", address: "noreply@yoyaku.example.com" } };

  it("a trusted sender that fails authentication is not trusted and is flagged", () => {
    const failed: HeaderField = {
      name: "Authentication-Results",
      value:
        "spf=fail smtp.mailfrom=yoyaku.example.com;dmarc=fail action=none header.from=yoyaku.example.com;compauth=fail reason=000",
    };
    const verdict = analyze(outsideMail({ ...booking, headers: [failed] }), defaultPolicy);
    expect(verdict.trustedReason).toBeUndefined();
    expect(verdict.findings.map((f) => f.messageId)).toContain("trustedSenderFailed");
    expect(verdict.level).toBe("caution");
  });

  it("a trusted sender that passes keeps its trust", () => {
    const verdict = analyze(outsideMail(booking), defaultPolicy);
    expect(verdict.trustedReason?.ja).toContain("予約");
    expect(verdict.findings.map((f) => f.messageId)).toContain("trustedByPolicy");
  });
});
