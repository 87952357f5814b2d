// @vitest-environment jsdom
import "../support/jsdom-setup";
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze, defaultPolicy, type Policy } from "../../src/core";
import { makeDrillMails } from "../../src/core/drill/make";
import { emlToFacts } from "../../src/mime/eml-to-facts";
import { App } from "../../src/taskpane/App";
import { reportSubject } from "../../src/office/report";
import { createFakeHost } from "../support/fake-host";

const trainingUrl = "https://addin.example.org/sender-guard/training.html";

async function drillFacts(policy: Policy) {
  const [mail] = makeDrillMails(policy, {
    count: 1,
    seed: 3,
    recipients: [{ address: "staff01@westa-kawagoe.jp", name: "山田 太郎" }],
    trainingUrl,
    date: new Date("2026-12-01T00:00:00Z"),
  });
  if (!mail) throw new Error("no drill mail made");
  return { mail, facts: await emlToFacts(mail.eml) };
}

describe("a drill with reveal after-report (the default)", () => {
  it("looks like any dangerous mail until reported, then thanks the user and lists the signs", async () => {
    const { mail, facts } = await drillFacts(defaultPolicy);
    const expected = analyze(facts, defaultPolicy);
    expect(expected.level).toBe("danger");
    const host = createFakeHost({ read: () => Promise.resolve(facts) });
    render(<App host={host} />);

    expect(await screen.findByText(expected.headline.ja)).toBeTruthy();
    expect(document.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("danger");
    expect(screen.queryByText(/訓練メール/)).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "管理者に報告" }));

    const reveal = await screen.findByRole("region", { name: "これは訓練メールでした。報告ありがとうございます" });
    for (const finding of expected.findings.filter((f) => f.severity !== "info"))
      expect(within(reveal).getByText(finding.message.ja)).toBeTruthy();
    expect(host.reported).toHaveLength(1);
    expect(host.reported[0]?.verdict.drillId).toBe(mail.id);
    expect(reportSubject(facts.subject, "ja", host.reported[0]?.verdict.drillId)).toContain(`[drill:${mail.id}]`);
  });

  it("does not reveal when the report could not be opened", async () => {
    const { facts } = await drillFacts(defaultPolicy);
    const host = createFakeHost({
      read: () => Promise.resolve(facts),
      report: () => Promise.resolve({ status: "failed", reason: "timeout" }),
    });
    render(<App host={host} />);
    await userEvent.click(await screen.findByRole("button", { name: "管理者に報告" }));
    await screen.findByText(/timeout/);
    expect(screen.queryByRole("region", { name: "これは訓練メールでした。報告ありがとうございます" })).toBeNull();
  });
});

describe("a drill with reveal immediately", () => {
  it("says at once that it is a training mail", async () => {
    const policy: Policy = {
      ...defaultPolicy,
      drill: {
        header: "X-Westa-Drill",
        value: "training-2026",
        reveal: "immediately",
        from: "info@drill-training.example",
      },
    };
    const { facts } = await drillFacts(policy);
    const host = createFakeHost({
      read: () => Promise.resolve(facts),
      loadPolicy: () => Promise.resolve({ policy, source: { kind: "default" } }),
    });
    render(<App host={host} />);
    expect(await screen.findByRole("region", { name: "これは訓練メールでした" })).toBeTruthy();
    expect(document.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("safe");
  });
});

describe("the footer", () => {
  it("links to the training page beside the pane", async () => {
    const { facts } = await drillFacts(defaultPolicy);
    render(<App host={createFakeHost({ read: () => Promise.resolve(facts) })} />);
    const link = await screen.findByRole("link", { name: /本物？なりすまし？/ });
    expect(link.getAttribute("href")).toBe("training.html");
  });
});
