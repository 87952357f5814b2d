// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultPolicy, policyFit, validatePolicy, type Policy } from "../../src/core";
import type { LoadedPolicy } from "../../src/core/policy/loaded";
import { App } from "../../src/taskpane/App";
import { createFakeHost, type FakeHostOptions } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

/**
 * The pane must never offer to send a staff report to another organisation's mailbox, and it
 * must say, first, when the policy in use is not the user's organisation's.
 */
function policy(input: unknown): Policy {
  const result = validatePolicy(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.policy;
}

const minato = policy({
  organization: { names: ["みなと市立図書館"], domains: ["minato-lib.example"] },
  reportMailbox: "security@minato-lib.example",
});
const danger = makeVerdict({ level: "danger", headline: { ja: "なりすましの疑い", en: "Likely impersonation" } });

async function show(options: FakeHostOptions, loaded: LoadedPolicy) {
  const host = createFakeHost({
    read: () => Promise.resolve(factsFrom("x", "x@evil.example")),
    loadPolicy: () => Promise.resolve(loaded),
    ...options,
  });
  render(<App host={host} loadCore={fixedCore(() => danger)} />);
  await screen.findByText("なりすましの疑い");
  return host;
}

describe("policyFit", () => {
  it("offers the report mailbox only inside the user's own domain", () => {
    expect(policyFit(minato, "hanako@minato-lib.example").report).toEqual({
      ok: true,
      mailbox: "security@minato-lib.example",
    });
    expect(policyFit(minato, "Hanako@Mail.Minato-Lib.example").report.ok).toBe(true);
    expect(policyFit(minato, "staff@westa-kawagoe.jp")).toEqual({
      userDomain: "westa-kawagoe.jp",
      ownOrganisation: false,
      report: { ok: false, reason: "otherOrganisation" },
    });
    expect(policyFit(minato, null).report).toEqual({ ok: false, reason: "unknownUser" });
    expect(policyFit(minato, "no-at-sign").report).toEqual({ ok: false, reason: "unknownUser" });
    expect(policyFit(policy({ organization: { names: ["A"], domains: ["a.example"] } }), "x@a.example").report).toEqual(
      { ok: false, reason: "noMailbox" },
    );
  });

  it("does not take a look-alike domain for the user's own", () => {
    expect(policyFit(minato, "x@evilminato-lib.example").report.ok).toBe(false);
    expect(policyFit(minato, "x@minato-lib.example.evil.example").report.ok).toBe(false);
  });
});

describe("a policy of another organisation in the pane", () => {
  it("says so at the top and offers no report button to the other organisation's mailbox", async () => {
    // The facility's example embedded and used by a user of another organisation: the issue's case.
    const host = await show(
      { userAddress: "hanako@minato-lib.example" },
      { policy: defaultPolicy, source: { kind: "default" } },
    );
    const notice = screen.getByRole("region", { name: "管理者の方へ：このポリシーは別の組織のものです" });
    expect(notice.textContent).toContain("minato-lib.example");
    // First in the pane, before the verdict.
    const main = screen.getByRole("main");
    const banner = screen.getByText("なりすましの疑い");
    expect(notice.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(main.firstElementChild?.contains(notice) ?? main.firstElementChild === notice).toBe(true);
    expect(screen.queryByRole("button", { name: "管理者に報告" })).toBeNull();
    expect(screen.queryByText(/報告先: security@westa-kawagoe\.jp/)).toBeNull();
    expect(screen.getByText(/報告先（security@westa-kawagoe\.jp）があなたの組織の外にあるため/)).toBeTruthy();
    expect(host.reported).toHaveLength(0);
  });

  it("offers no report when Outlook does not give the user's address", async () => {
    await show(
      { userAddress: null },
      { policy: minato, source: { kind: "hosted", url: "https://addin.minato-lib.example/policy.json" } },
    );
    expect(screen.queryByRole("button", { name: "管理者に報告" })).toBeNull();
    expect(screen.getByText(/報告先を確かめられず/)).toBeTruthy();
  });

  it("offers the report within the user's organisation, with no other-organisation notice", async () => {
    const host = await show(
      { userAddress: "hanako@minato-lib.example" },
      { policy: minato, source: { kind: "hosted", url: "https://addin.minato-lib.example/policy.json" } },
    );
    expect(screen.queryByText(/別の組織のものです/)).toBeNull();
    expect(screen.getByText("報告先：security@minato-lib.example（送信はご自身で行います）")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "管理者に報告" }));
    expect(host.reported).toHaveLength(1);
  });

  it("shows the policy's organisation, version and source in an about line", async () => {
    await show(
      { userAddress: "hanako@minato-lib.example" },
      { policy: minato, source: { kind: "hosted", url: "https://addin.minato-lib.example/policy.json" } },
    );
    expect(
      screen.getByText(
        "ポリシー：みなと市立図書館 (minato-lib.example)・バージョン 1・https://addin.minato-lib.example/policy.json から読み込み",
      ),
    ).toBeTruthy();
  });

  it("says at the top when the hosted policy could not be loaded and the embedded one is used", async () => {
    await show(
      {},
      { policy: defaultPolicy, source: { kind: "default", reason: "https://x.example/policy.json answered HTTP 404" } },
    );
    const notice = screen.getByRole("region", { name: "管理者の方へ：ホスト上のポリシーを読み込めませんでした" });
    expect(notice.textContent).toContain("HTTP 404");
    expect(
      notice.compareDocumentPosition(screen.getByText("なりすましの疑い")) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByText(/・組み込み$/)).toBeTruthy();
  });

  it("puts the invalid-policy notice at the top too", async () => {
    await show(
      {},
      {
        policy: defaultPolicy,
        source: {
          kind: "invalid",
          url: "https://x.example/policy.json",
          issues: [{ field: "staff[0].alias", message: "unknown field `alias` — did you mean `aliases`?" }],
        },
      },
    );
    const notice = screen.getByRole("region", { name: "管理者の方へ：ポリシーファイルに誤りがあります" });
    expect(
      notice.compareDocumentPosition(screen.getByText("なりすましの疑い")) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
