import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createOfficeStub } from "../support/office-stub";

type Handler = (event: { completed: () => void }) => void;

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
  vi.resetModules();
});

describe("launchevent.ts entry", () => {
  it("registers the pilot manifest's two function names, and each completes its event once", async () => {
    const stub = createOfficeStub();
    const registered = new Map<string, Handler>();
    Reflect.set(globalThis, "Office", {
      ...stub.office,
      actions: { associate: (name: string, handler: Handler) => registered.set(name, handler) },
    });
    await import("../../src/launchevent/launchevent");
    expect([...registered.keys()]).toEqual(["onMessageReadWithCustomHeader", "onMessageReadWithCustomAttachment"]);
    for (const handler of registered.values()) {
      const completed = vi.fn();
      handler({ completed });
      await vi.waitFor(() => {
        expect(completed).toHaveBeenCalledTimes(1);
      });
    }
  });

  it("loads without an Office global and without Office.actions", async () => {
    await expect(import("../../src/launchevent/launchevent")).resolves.toBeDefined();
    vi.resetModules();
    Reflect.set(globalThis, "Office", { context: {} });
    await expect(import("../../src/launchevent/launchevent")).resolves.toBeDefined();
  });

  it("the handler's own code names no DOM or storage globals (the JavaScript-only runtime has none)", () => {
    const files = [
      "src/launchevent/launchevent.ts",
      "src/launchevent/handle-read-event.ts",
      "src/office/read-item.ts",
      "src/office/notify.ts",
      "src/office/async.ts",
      "src/office/policy-fetch.ts",
      "src/office/environment.ts",
      "src/office/ports.ts",
      "src/office/charset.ts",
    ];
    for (const file of files) {
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//gu, "")
        .replace(/\/\/.*$/gmu, "");
      expect(code, file).not.toMatch(/\b(document|window|localStorage|sessionStorage|navigator)\b/u);
      expect(code, file).not.toMatch(/\bimport\s*\(/u);
      expect(code, file).not.toMatch(/from\s+["'](react|@fluentui|postal-mime)/u);
    }
  });
});
