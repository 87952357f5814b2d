import { afterEach, describe, expect, it, vi } from "vitest";
import { createOfficeStub } from "../support/office-stub";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("preloadOfficeHost", () => {
  it("requests policy.json once at start-up and hands that response to the first policy load", async () => {
    const fetchMock = vi.fn(() => Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") }));
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("location", { href: "https://addin.example.jp/sg/taskpane.html?et=1" });
    const { preloadOfficeHost, createOfficeHost } = await import("../../src/office/host");

    preloadOfficeHost();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith("https://addin.example.jp/sg/policy.json", { cache: "no-cache" });

    const loaded = await createOfficeHost(createOfficeStub().office).loadPolicy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(loaded.source).toMatchObject({ kind: "default" });

    // A later load (e.g. a second pane host) fetches afresh rather than reusing a consumed response.
    await createOfficeHost(createOfficeStub().office).loadPolicy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
