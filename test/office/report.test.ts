import { describe, expect, it, vi } from "vitest";
import { defaultPolicy } from "../../src/core";
import { escapeHtml, openReportForm, reportUnavailableReason } from "../../src/office/report";
import type { MailboxPort } from "../../src/office/ports";
import { createOfficeStub, plainMessage, type OfficeStubOptions } from "../support/office-stub";
import { verdictOf } from "./verdict-fixture";

const hostile = { ...plainMessage, itemId: "AAMk-hostile", subject: `<img src=x onerror="alert('x')"> & 請求書` };
const finding = {
  rule: "r",
  messageId: "m",
  severity: "strong" as const,
  senderSignal: true,
  message: { ja: "表示名 <b>ウェスタ川越</b> は偽物", en: "display name <b>x</b> is fake" },
  evidence: {},
};

function setup(options: OfficeStubOptions, language: "ja" | "en" = "ja") {
  const stub = createOfficeStub(options);
  const displayReplyForm = vi.fn();
  // A reply would write to the attacker; the spy proves the adapter never reaches for it.
  const mailbox = Object.assign(Object.create(stub.office.context.mailbox) as MailboxPort, { displayReplyForm });
  return { stub, displayReplyForm, deps: { mailbox, requirements: stub.office.context.requirements, language } };
}

describe("openReportForm", () => {
  it("refuses, with no form opened, a report mailbox outside the signed-in user's domain", async () => {
    const { stub, deps } = setup({
      item: hostile,
      apiLevel: "1.9",
      user: { displayName: "港 花子", emailAddress: "hanako@minato-lib.example" },
    });
    const outcome = await openReportForm(deps, verdictOf("danger"), defaultPolicy);
    expect(outcome).toEqual({ status: "unsupported", reason: "報告先があなたの組織の外にあります" });
    expect(stub.forms).toHaveLength(0);
  });

  it("opens a new message to the report mailbox with the mail attached as an item", async () => {
    const { stub, deps, displayReplyForm } = setup({ item: hostile, apiLevel: "1.9" });
    const outcome = await openReportForm(deps, verdictOf("danger", undefined, [finding]), defaultPolicy);
    expect(outcome).toEqual({ status: "opened" });
    expect(stub.forms).toHaveLength(1);
    const form = stub.forms[0];
    expect(form?.toRecipients).toEqual([defaultPolicy.reportMailbox]);
    expect(form?.subject).toBe(`[不審メール報告] ${hostile.subject}`);
    expect(form?.attachments).toEqual([{ type: "item", itemId: "AAMk-hostile", name: hostile.subject }]);
    expect(displayReplyForm).not.toHaveBeenCalled();
    expect(stub.calls.map((c) => c.call)).toEqual(["displayNewMessageFormAsync"]);
  });

  it("builds the body only from escaped text", async () => {
    const { stub, deps } = setup({ item: hostile, apiLevel: "1.13" });
    await openReportForm(deps, verdictOf("danger", undefined, [finding]), defaultPolicy);
    const body = stub.forms[0]?.htmlBody ?? "";
    expect(body).not.toContain("<img");
    expect(body).not.toContain("<b>");
    expect(body).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; 請求書");
    expect(body).toContain("表示名 &lt;b&gt;ウェスタ川越&lt;/b&gt; は偽物");
    // Only our own paragraph tags remain.
    expect(body.replace(/<\/?p>/gu, "")).not.toMatch(/[<>]/u);
  });

  it("uses an English subject prefix for English users", async () => {
    const { stub, deps } = setup({ item: hostile, apiLevel: "1.9" }, "en");
    await openReportForm(deps, verdictOf("caution"), defaultPolicy);
    expect(stub.forms[0]?.subject).toBe(`[Suspicious mail report] ${hostile.subject}`);
  });

  it("is unsupported on Mailbox 1.8, with a reason in the user's language", async () => {
    const ja = setup({ apiLevel: "1.8" });
    const outcome = await openReportForm(ja.deps, verdictOf("danger"), defaultPolicy);
    expect(outcome.status).toBe("unsupported");
    if (outcome.status === "unsupported") expect(outcome.reason).toContain("Mailbox 1.9");
    expect(reportUnavailableReason(ja.deps)).toMatch(/管理者へ転送/u);
    const en = setup({ apiLevel: "1.8" }, "en");
    expect(reportUnavailableReason(en.deps)).toMatch(/forward the mail/u);
    expect(ja.stub.calls).toEqual([]);
  });

  it("is available on 1.9 with a selected mail, and not without one", () => {
    expect(reportUnavailableReason(setup({ apiLevel: "1.9" }).deps)).toBeNull();
    expect(reportUnavailableReason(setup({ apiLevel: "1.9", item: null }).deps)).toBe(
      "報告するメールが選択されていません。",
    );
  });

  for (const mode of ["fail", "throw"] as const) {
    it(`reports a failed form (${mode}) without throwing`, async () => {
      const { deps } = setup({ apiLevel: "1.9", failures: { displayNewMessageFormAsync: mode } });
      const outcome = await openReportForm(deps, verdictOf("danger"), defaultPolicy);
      expect(outcome.status).toBe("failed");
    });
  }

  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
