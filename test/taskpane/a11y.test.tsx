import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "../../src/taskpane/App";
import { createFakeHost } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

async function violations(): Promise<string[]> {
  // jsdom cannot compute colours, so contrast is left to the browser tests.
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("accessibility of the pane (axe-core, structure and labels)", () => {
  it("has no violations for a danger verdict with the checklist open, the pin tip and a disabled report", async () => {
    const verdict = makeVerdict({
      level: "danger",
      imitates: { kind: "organization", name: "ウェスタ川越", genuineDomains: ["westa-kawagoe.jp"] },
      findings: [
        {
          rule: "lookalike-domain",
          messageId: "senderLookalike",
          severity: "strong",
          senderSignal: true,
          message: { ja: "施設のドメインに似せたドメインです。", en: "Imitates the facility's domain." },
          evidence: { host: "westa-kawag0e.jp" },
          diff: { evidence: "host", changes: [{ index: 11, seen: "0", genuine: "o" }] },
        },
      ],
      skipped: [
        {
          part: "headers",
          reason: "unsupported",
          message: { ja: "ヘッダーは確認できませんでした。", en: "Headers were not checked." },
        },
      ],
    });
    const host = createFakeHost({
      canFollowSelection: true,
      reportUnavailable: "この Outlook では使えません",
      read: () => Promise.resolve(factsFrom("x", "x@example.com")),
    });
    render(<App host={host} loadCore={fixedCore(() => verdict)} />);
    await screen.findByRole("group");
    await userEvent.click(screen.getByRole("button", { name: "添付ファイルを開いてしまった" }));
    expect(await violations()).toEqual([]);
  });

  it("has no violations while loading or with no mail selected", async () => {
    render(<App host={createFakeHost({ language: "en" })} loadCore={fixedCore(() => makeVerdict())} />);
    expect(await violations()).toEqual([]);
    await screen.findByText(/No mail is selected/);
    expect(await violations()).toEqual([]);
  });
});
