import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { analyze, defaultPolicy } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { createFakeHost } from "../support/fake-host";
import { factsFrom } from "../support/verdicts";

// These use the real detection library through the pane's own lazy loader. The level asserted is
// whatever analyze decides for the same facts: the pane must show the core's verdict, not its own.
describe("the pane with the real core", () => {
  it("shows the core's verdict and the real address for a mail claiming the facility", async () => {
    const facts = factsFrom("ウェスタ川越 インフォメーション・施設予約", "info@mail.evil-example.com", {
      subject: "Re: ご確認ください",
    });
    const expected = analyze(facts, defaultPolicy);
    const host = createFakeHost({ read: () => Promise.resolve(facts) });
    render(<App host={host} />);

    expect(await screen.findByText(expected.headline.ja)).toBeTruthy();
    expect(document.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe(expected.level);
    expect(screen.getByText("ウェスタ川越 インフォメーション・施設予約")).toBeTruthy();
    expect(screen.getByText("mail.evil-example.com", { selector: "strong" })).toBeTruthy();
    expect(host.notified).toHaveLength(1);
    expect(host.notified[0]?.level).toBe(expected.level);
  });

  it("is never safe when a part of the mail could not be read, and says what was skipped", async () => {
    const facts = factsFrom("Someone", "someone@example.com", {
      headers: undefined,
      missing: [{ part: "headers", reason: "unsupported" }],
    });
    const host = createFakeHost({ language: "en", read: () => Promise.resolve(facts) });
    render(<App host={host} />);

    await screen.findByRole("region", { name: "Could not be checked" });
    expect(document.querySelector("[data-verdict]")?.getAttribute("data-verdict")).not.toBe("safe");
    expect(screen.getByText(/The internet headers \(authentication, Reply-To and more\)/)).toBeTruthy();
  });
});
