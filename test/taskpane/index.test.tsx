import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { createFakeHost } from "../support/fake-host";

// The composition root: what index.tsx renders for each way the page can be opened.
const createOfficeHost = vi.fn(() => createFakeHost({ language: "en", read: () => Promise.resolve(null) }));
const preloadOfficeHost = vi.fn();
vi.mock("../../src/office/host", () => ({ createOfficeHost, preloadOfficeHost }));

function stubOffice(host: string | null): void {
  vi.stubGlobal("Office", {
    onReady: () => Promise.resolve({ host, platform: null }),
    context: { displayLanguage: "ja-JP" },
  });
}

beforeEach(() => {
  vi.resetModules();
  createOfficeHost.mockClear();
  document.body.innerHTML = '<div id="root"></div>';
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = "";
});

describe("task pane entry", () => {
  it("asks to be opened in Outlook when Office.js reports no host", async () => {
    stubOffice(null);
    await import("../../src/taskpane/index");
    expect(await screen.findByRole("heading", { name: "Open this in Outlook" })).toBeTruthy();
    expect(createOfficeHost).not.toHaveBeenCalled();
  });

  it("asks to be opened in Outlook when Office.js did not load at all", async () => {
    await import("../../src/taskpane/index");
    expect(await screen.findByRole("heading", { name: "Open this in Outlook" })).toBeTruthy();
  });

  it("builds the Office host and renders the pane inside Outlook", async () => {
    stubOffice("Outlook");
    await import("../../src/taskpane/index");
    expect(await screen.findByText("No mail is selected. Select a mail and its sender will be checked.")).toBeTruthy();
    expect(createOfficeHost).toHaveBeenCalledTimes(1);
    // The message reader and policy.json are requested at start-up, not after the first render.
    expect(preloadOfficeHost).toHaveBeenCalled();
    expect(document.getElementById("root")?.textContent).not.toContain("Open this in Outlook");
  });

  it("says the sender was not checked when the Office host cannot be built", async () => {
    stubOffice("Outlook");
    createOfficeHost.mockImplementationOnce(() => {
      throw new Error("mailbox missing");
    });
    await import("../../src/taskpane/index");
    expect(await screen.findByRole("heading", { name: "送信元チェックを開始できませんでした" })).toBeTruthy();
    expect(screen.getByText("技術的な詳細：mailbox missing")).toBeTruthy();
  });
});
