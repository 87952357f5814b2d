import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultPolicy, type Verdict } from "../../src/core";
import type { ReportOutcome } from "../../src/pane-port/pane-port";
import { App } from "../../src/taskpane/App";
import { stepsFor } from "../../src/core/policy/steps";
import { createFakeHost, deferred, type FakeHostOptions } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

const dangerSteps = stepsFor(defaultPolicy, "danger");
const danger = makeVerdict({ level: "danger", headline: { ja: "なりすましの疑い", en: "Likely impersonation" } });

async function showDanger(options: FakeHostOptions = {}, verdict: Verdict = danger) {
  const host = createFakeHost({ read: () => Promise.resolve(factsFrom("x", "x@example.com")), ...options });
  render(<App host={host} loadCore={fixedCore(() => verdict)} />);
  await screen.findByRole("group");
  return host;
}

describe("what to do", () => {
  it("lists the policy's danger steps", async () => {
    await showDanger();
    const region = screen.getByRole("region", { name: "対処のしかた" });
    for (const step of dangerSteps) expect(within(region).getByText(step.ja)).toBeTruthy();
  });

  it("does not tell the reader to delete a mail with no warning signs", async () => {
    await showDanger({}, makeVerdict({ level: "safe", headline: { ja: "兆候なし", en: "No signs" } }));
    const region = screen.getByRole("region", { name: "対処のしかた" });
    expect(within(region).queryByText(dangerSteps[1]?.ja ?? "missing")).toBeNull();
    expect(within(region).getByText(/安全の保証ではありません/)).toBeTruthy();
  });

  it("gives the unknown steps, not the danger ones, when the mail could not be fully checked", async () => {
    await showDanger(
      {},
      makeVerdict({ level: "unknown", headline: { ja: "確認しきれませんでした", en: "Could not verify" } }),
    );
    const region = screen.getByRole("region", { name: "対処のしかた" });
    for (const step of stepsFor(defaultPolicy, "unknown")) expect(within(region).getByText(step.ja)).toBeTruthy();
    expect(within(region).queryByText(dangerSteps[1]?.ja ?? "missing")).toBeNull();
  });

  it("reveals the incident checklist and the policy links when the attachment button is pressed", async () => {
    await showDanger();
    const button = screen.getByRole("button", { name: "添付ファイルを開いてしまった" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(stepsFor(defaultPolicy, "opened")[0]?.ja ?? "missing")).toBeNull();

    await userEvent.click(button);

    expect(button.getAttribute("aria-expanded")).toBe("true");
    const checklist = screen.getByRole("region", { name: "添付ファイルを開いてしまった場合" });
    for (const step of stepsFor(defaultPolicy, "opened")) expect(within(checklist).getByText(step.ja)).toBeTruthy();
    const links = within(checklist).getAllByRole("link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(defaultPolicy.links.map((l) => l.url));
    for (const link of links) {
      expect(link.getAttribute("target")).toBe("_blank");
      expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    }
  });

  it("opens the checklist from the keyboard", async () => {
    await showDanger({ language: "en" });
    const user = userEvent.setup();
    const button = screen.getByRole("button", { name: "I opened the attachment" });
    button.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: "If you opened the attachment" })).toBeTruthy();
  });

  it("makes no link out of anything the mail contains", async () => {
    await showDanger(
      {},
      makeVerdict({
        level: "danger",
        sender: {
          displayName: "https://evil.example/login",
          address: "a@evil.example",
          domain: "evil.example",
          registrableDomain: "evil.example",
        },
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "添付ファイルを開いてしまった" }));
    const hrefs = screen.getAllByRole("link").map((a) => a.getAttribute("href"));
    // The policy's links, and the pane's own footer link to its training page (a fixed relative URL).
    expect(hrefs.every((href) => href === "training.html" || defaultPolicy.links.some((l) => l.url === href))).toBe(
      true,
    );
  });
});

describe("report to the admin", () => {
  it("calls host.report with the verdict and the policy, then says the message was opened", async () => {
    const host = await showDanger();
    await userEvent.click(screen.getByRole("button", { name: "管理者に報告" }));
    expect(host.reported).toEqual([{ verdict: danger, policy: defaultPolicy }]);
    expect((await screen.findByRole("status")).textContent).toContain("管理者あてのメッセージを開きました");
  });

  it("shows the reason when opening the report failed", async () => {
    await showDanger({
      language: "en",
      report: () => Promise.resolve<ReportOutcome>({ status: "failed", reason: "the form did not open" }),
    });
    await userEvent.click(screen.getByRole("button", { name: "Report to the admin" }));
    expect(
      (await screen.findByText(/Could not open the report message: the form did not open/)).getAttribute("role"),
    ).toBe("status");
  });

  it("treats a rejected report as failed", async () => {
    await showDanger({ report: () => Promise.reject(new Error("network down")) });
    await userEvent.click(screen.getByRole("button", { name: "管理者に報告" }));
    expect(await screen.findByText("報告用のメッセージを開けませんでした：network down")).toBeTruthy();
  });

  it("shows progress while the report form is opening and ignores a second press", async () => {
    const pending = deferred<ReportOutcome>();
    const host = await showDanger({ report: () => pending.promise });
    const button = screen.getByRole("button", { name: "管理者に報告" });
    await userEvent.click(button);
    expect(screen.getAllByText("管理者あてのメッセージを作成しています…").length).toBeGreaterThan(0);
    await userEvent.click(button);
    expect(host.reported).toHaveLength(1);
    pending.resolve({ status: "opened" });
    expect(await screen.findByText(/「送信」を押して報告してください/)).toBeTruthy();
  });

  it("is inactive with the reason written beside it when the host cannot report", async () => {
    const host = await showDanger({ reportUnavailable: "このOutlookは新規メッセージの作成に対応していません" });
    const button = screen.getByRole("button", { name: "管理者に報告" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    const reason = screen.getByText("この環境では報告できません：このOutlookは新規メッセージの作成に対応していません");
    expect(button.getAttribute("aria-describedby")).toBe(reason.id);
    await userEvent.click(button);
    expect(host.reported).toHaveLength(0);
  });

  it("names the report mailbox when reporting is possible", async () => {
    await showDanger();
    expect(screen.getByText(`報告先：${defaultPolicy.reportMailbox}（送信はご自身で行います）`)).toBeTruthy();
  });
});
