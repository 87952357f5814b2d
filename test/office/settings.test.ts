import { describe, expect, it } from "vitest";
import { createSettingsStore } from "../../src/office/settings";
import { createOfficeStub } from "../support/office-stub";

describe("createSettingsStore", () => {
  it("saves to roaming settings and reads back", async () => {
    const stub = createOfficeStub();
    const store = createSettingsStore(stub.office.context.roamingSettings);
    expect(await store.set("followSelection", true)).toEqual({ status: "saved" });
    expect(stub.roaming.get("followSelection")).toBe(true);
    expect(createSettingsStore(stub.office.context.roamingSettings).get("followSelection")).toBe(true);
    expect(stub.calls.map((c) => c.call)).toEqual(["roamingSettings.saveAsync"]);
  });

  it("reports a failed save and keeps the value for this session", async () => {
    const stub = createOfficeStub({ failures: { "roamingSettings.saveAsync": "fail" } });
    const store = createSettingsStore(stub.office.context.roamingSettings);
    const status = await store.set("x", 1);
    expect(status.status).toBe("failed");
    expect(store.get("x")).toBe(1);
  });

  it("works in memory without roaming settings", async () => {
    const store = createSettingsStore(undefined);
    expect(await store.set("x", "y")).toEqual({ status: "memoryOnly" });
    expect(store.get("x")).toBe("y");
    expect(store.get("absent")).toBeUndefined();
  });
});
