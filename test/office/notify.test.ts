import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  clampNotification,
  maxNotificationChars,
  notificationIconResid,
  notificationKey,
  notificationText,
  notifyVerdict,
} from "../../src/office/notify";
import { createOfficeStub, plainMessage } from "../support/office-stub";
import { verdictOf } from "./verdict-fixture";

function itemOf(stub: ReturnType<typeof createOfficeStub>) {
  return stub.office.context.mailbox.item;
}

describe("notifyVerdict", () => {
  it("uses one stable key of at most 32 characters", () => {
    expect(notificationKey.length).toBeLessThanOrEqual(32);
  });

  it("shows danger as an ErrorMessage without icon or persistence, in the user's language", async () => {
    const stub = createOfficeStub();
    const status = await notifyVerdict(itemOf(stub), verdictOf("danger"), "ja");
    expect(status).toEqual({ status: "shown", kind: "error" });
    expect(stub.notifications.get(notificationKey)).toEqual({
      type: "errorMessage",
      message: "Sender Guard: danger の見出し",
    });
  });

  it("shows caution as a non-persistent InformationalMessage with the manifest icon", async () => {
    const stub = createOfficeStub();
    const status = await notifyVerdict(itemOf(stub), verdictOf("caution"), "en");
    expect(status).toEqual({ status: "shown", kind: "informational" });
    expect(stub.notifications.get(notificationKey)).toEqual({
      type: "informationalMessage",
      message: "Sender Guard: caution headline",
      icon: notificationIconResid,
      persistent: false,
    });
  });

  it("replaces its own bar rather than adding a second one", async () => {
    const stub = createOfficeStub();
    await notifyVerdict(itemOf(stub), verdictOf("caution"), "ja");
    await notifyVerdict(itemOf(stub), verdictOf("danger"), "ja");
    expect([...stub.notifications.keys()]).toEqual([notificationKey]);
    expect(stub.notifications.get(notificationKey)?.type).toBe("errorMessage");
    expect(stub.calls.map((c) => c.call)).toEqual([
      "notificationMessages.replaceAsync",
      "notificationMessages.replaceAsync",
    ]);
  });

  for (const level of ["safe", "unknown", null] as const) {
    it(`removes the bar for ${level ?? "no verdict"}`, async () => {
      const stub = createOfficeStub();
      await notifyVerdict(itemOf(stub), verdictOf("danger"), "ja");
      const status = await notifyVerdict(itemOf(stub), level === null ? null : verdictOf(level), "ja");
      expect(status).toEqual({ status: "removed" });
      expect(stub.notifications.size).toBe(0);
      expect(stub.calls.at(-1)?.call).toBe("notificationMessages.removeAsync");
    });
  }

  it("keeps a long headline within Outlook's 150 characters (the stub throws like Outlook beyond it)", async () => {
    const stub = createOfficeStub();
    const long = verdictOf("danger", { ja: "警".repeat(400), en: "w".repeat(400) });
    const status = await notifyVerdict(itemOf(stub), long, "ja");
    expect(status.status).toBe("shown");
    const message = stub.notifications.get(notificationKey)?.message ?? "";
    expect(message.length).toBeLessThanOrEqual(maxNotificationChars);
    expect(message.endsWith("…")).toBe(true);
  });

  it("never splits a surrogate pair when cutting", () => {
    const cut = clampNotification("𠮷".repeat(100), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut).toBe(`${"𠮷".repeat(5)}…`);
    expect(notificationText(verdictOf("danger"), "en")).toBe("Sender Guard: danger headline");
  });

  for (const mode of ["fail", "throw"] as const) {
    it(`reports an API failure (${mode}) as a status, never a rejection`, async () => {
      const stub = createOfficeStub({
        failures: { "notificationMessages.replaceAsync": mode, "notificationMessages.removeAsync": mode },
      });
      const shown = await notifyVerdict(itemOf(stub), verdictOf("danger"), "ja");
      const removed = await notifyVerdict(itemOf(stub), null, "ja");
      expect(shown.status).toBe("failed");
      expect(removed.status).toBe("failed");
    });
  }

  it("copes with no item and with a host that throws on notificationMessages", async () => {
    expect(await notifyVerdict(null, verdictOf("danger"), "ja")).toEqual({ status: "noItem" });
    const stub = createOfficeStub({ item: plainMessage, throwingProperties: ["notificationMessages"] });
    expect((await notifyVerdict(itemOf(stub), verdictOf("danger"), "ja")).status).toBe("failed");
  });
});

// Both manifests are part of the repository: a missing one must fail here, not shrink the test.
const manifests = ["manifest.xml", "manifest-pilot.xml"].map((name) =>
  fileURLToPath(new URL(`../../${name}`, import.meta.url)),
);

describe("notification icon", () => {
  it("names an image resid the manifests define", () => {
    for (const name of manifests) {
      expect(readFileSync(name, "utf8"), name).toContain(`<bt:Image id="${notificationIconResid}"`);
    }
  });
});
