import { describe, expect, it } from "vitest";
import { defaultPolicy, factLimitsOf } from "../../src/core";
import { createOfficeHost } from "../../src/office/host";
import { languageOf, themeOf } from "../../src/office/environment";
import type { FetchLike } from "../../src/office/policy-fetch";
import { notificationKey } from "../../src/office/notify";
import { createOfficeStub, plainMessage, type OfficeStubOptions } from "../support/office-stub";
import { verdictOf } from "./verdict-fixture";

const noFetch: FetchLike = () => Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") });

function hostOf(options: OfficeStubOptions = {}, fetchFn: FetchLike = noFetch) {
  const stub = createOfficeStub(options);
  return {
    stub,
    host: createOfficeHost(stub.office, { policyBaseUrl: "https://addin.example.jp/", fetchFn, callTimeoutMs: 200 }),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("createOfficeHost", () => {
  it("follows Outlook's display language", () => {
    expect(hostOf({ displayLanguage: "ja-JP" }).host.language).toBe("ja");
    expect(hostOf({ displayLanguage: "en-US" }).host.language).toBe("en");
    expect(languageOf("ja")).toBe("ja");
    expect(languageOf("jv-ID")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  it("follows the Office theme, from the flag or from the background colour", () => {
    expect(hostOf({ theme: { isDarkTheme: true } }).host.theme).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "#1f1f1f" })).toBe("dark");
    expect(themeOf({ bodyBackgroundColor: "#fff" })).toBe("light");
    expect(themeOf({ bodyBackgroundColor: "not a colour" })).toBe("light");
    expect(themeOf(undefined)).toBe("light");
  });

  it("does not offer to follow the selection on a phone, which has no pinnable pane", () => {
    const stub = createOfficeStub({ apiLevel: "1.5" });
    const phone = {
      ...stub.office,
      context: {
        ...stub.office.context,
        mailbox: Object.assign(Object.create(stub.office.context.mailbox) as object, {
          diagnostics: { hostName: "OutlookAndroid" },
        }),
      },
    };
    const host = createOfficeHost(phone, {
      policyBaseUrl: "https://addin.example.jp/",
      fetchFn: noFetch,
      callTimeoutMs: 200,
    });
    expect(host.canFollowSelection).toBe(false);
  });

  it("re-reads on ItemChanged with one Office handler for all listeners, removed with the last one", async () => {
    const { stub, host } = hostOf({ apiLevel: "1.5" });
    expect(host.canFollowSelection).toBe(true);
    const seen: string[] = [];
    const offA = host.onItemChanged(() => seen.push("a"));
    const offB = host.onItemChanged(() => {
      seen.push("b");
      throw new Error("a broken listener must not stop the others");
    });
    await flush();
    expect(stub.calls.filter((c) => c.call === "addHandlerAsync")).toHaveLength(1);
    stub.select({ ...plainMessage, itemId: "next" });
    expect(seen).toEqual(["a", "b"]);
    offA();
    await flush();
    expect(stub.handlerRegistered()).toBe(true);
    offB();
    await flush();
    expect(stub.handlerRegistered()).toBe(false);
    expect(stub.calls.filter((c) => c.call === "removeHandlerAsync")).toHaveLength(1);
  });

  it("reads the selected message, or null when nothing is selected", async () => {
    const { stub, host } = hostOf();
    expect((await host.readMessage(factLimitsOf(defaultPolicy)))?.from?.address).toBe("someone@example.com");
    stub.select(null);
    expect(await host.readMessage(factLimitsOf(defaultPolicy))).toBeNull();
  });

  it("reads within the limits it is given: the loaded policy's attachment cap", async () => {
    const strict = { ...defaultPolicy, limits: { ...defaultPolicy.limits, maxAttachmentBytes: 1000 } };
    const fetchFn: FetchLike = () =>
      Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(JSON.stringify(strict)) });
    const message = {
      ...plainMessage,
      attachments: [{ id: "z", name: "a.zip", size: 5000, content: new Uint8Array(5000) }],
    };
    const { host } = hostOf({ item: message }, fetchFn);
    expect((await host.readMessage(factLimitsOf(defaultPolicy)))?.attachments[0]?.bytes?.length).toBe(5000);
    const loaded = await host.loadPolicy();
    expect(loaded.source.kind).toBe("hosted");
    const facts = await host.readMessage(factLimitsOf(loaded.policy));
    expect(facts?.attachments[0]?.bytesSkippedBySize).toBe(true);
  });

  it("puts the verdict on the notification bar and never rejects when Office fails", async () => {
    const { stub, host } = hostOf();
    await host.notify(verdictOf("danger"));
    expect(stub.notifications.get(notificationKey)?.type).toBe("errorMessage");
    const failing = hostOf({ failures: { "notificationMessages.replaceAsync": "throw" } });
    await expect(failing.host.notify(verdictOf("danger"))).resolves.toBeUndefined();
  });

  it("says why reporting is unavailable below Mailbox 1.9 and opens the form on 1.9", async () => {
    expect(hostOf({ apiLevel: "1.8" }).host.reportUnavailableReason()).toMatch(/Mailbox 1\.9/u);
    const { stub, host } = hostOf({ apiLevel: "1.9" });
    expect(host.reportUnavailableReason()).toBeNull();
    expect(await host.report(verdictOf("danger"), defaultPolicy)).toEqual({ status: "opened" });
    expect(stub.forms).toHaveLength(1);
  });

  it("stores preferences in roaming settings", async () => {
    const { stub, host } = hostOf();
    await host.settings.set("pinnedHint", "seen");
    expect(host.settings.get("pinnedHint")).toBe("seen");
    expect(stub.roaming.get("pinnedHint")).toBe("seen");
    const failing = hostOf({ failures: { "roamingSettings.saveAsync": "throw" } });
    await expect(failing.host.settings.set("x", 1)).resolves.toBeUndefined();
  });
});
