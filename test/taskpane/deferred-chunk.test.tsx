// @vitest-environment jsdom
import "../support/jsdom-setup";
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createFakeHost } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

// The chunk with the verdict's details fails to load (a network error mid-way, a stale cache).
vi.mock("../../src/taskpane/deferred-loader", () => ({
  loadDeferredParts: () => Promise.reject(new Error("chunk failed")),
}));

describe("when the details chunk cannot load", () => {
  it("still shows the verdict banner, and says the reasons are missing", async () => {
    const host = createFakeHost({ read: () => Promise.resolve(factsFrom("x", "x@example.com")) });
    render(<App host={host} loadCore={fixedCore(() => makeVerdict({ level: "danger" }))} />);
    await screen.findByText("判定の理由と対処方法を読み込めませんでした。作業ウィンドウを閉じて、開き直してください。");
    expect(document.querySelector("[data-verdict]")?.getAttribute("data-verdict")).toBe("danger");
  });
});
