import { describe, expect, it, vi } from "vitest";
import { hostInfoLocale, openedByOutlook, officeStartTimeoutMs, waitForOffice } from "../../src/taskpane/startup";

const inOutlook = {
  search: "?_host_Info=Outlook$Web$16.01$ja-JP$telemetry$$$0",
  hash: "#&_serializer_version=1&_xdm_Info=c$id$https://outlook.office.com/mail/",
};
const plainBrowser = { search: "", hash: "" };

function never(): PromiseLike<{ host: unknown }> {
  return new Promise(() => undefined);
}

describe("waiting for Office.js", () => {
  it("starts when onReady fires in time", async () => {
    const outcome = await waitForOffice({
      office: { onReady: () => Promise.resolve({ host: "Outlook" }) },
      location: inOutlook,
    });
    expect(outcome).toEqual({ kind: "ready", host: "Outlook" });
  });

  it("gives up after the time-out when onReady never fires, and still starts on a late onReady", async () => {
    vi.useFakeTimers();
    try {
      let fire: (info: { host: unknown }) => void = () => undefined;
      const late = vi.fn();
      const pending = waitForOffice(
        { office: { onReady: () => new Promise((resolve) => (fire = resolve)) }, location: inOutlook },
        late,
      );
      let settled = false;
      void pending.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(officeStartTimeoutMs - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await pending).toEqual({ kind: "timedOut", afterMs: officeStartTimeoutMs });
      fire({ host: "Outlook" });
      await vi.advanceTimersByTimeAsync(0);
      expect(late).toHaveBeenCalledWith("Outlook");
    } finally {
      vi.useRealTimers();
    }
  });

  it("times out too when onReady itself throws", async () => {
    vi.useFakeTimers();
    try {
      const pending = waitForOffice({
        office: {
          onReady: () => {
            throw new Error("broken");
          },
        },
        location: inOutlook,
        timeoutMs: 50,
      });
      await vi.advanceTimersByTimeAsync(50);
      expect((await pending).kind).toBe("timedOut");
    } finally {
      vi.useRealTimers();
    }
  });

  it("says Office.js is missing when Outlook framed the page but the script did not load", async () => {
    expect(await waitForOffice({ office: undefined, location: inOutlook })).toEqual({ kind: "officeMissing" });
  });

  it("treats a plain browser without Office.js as outside Office", async () => {
    expect(await waitForOffice({ office: undefined, location: plainBrowser })).toEqual({ kind: "outsideOffice" });
  });

  it("a timed-out start never resolves twice", async () => {
    const timers: (() => void)[] = [];
    const pending = waitForOffice({
      office: { onReady: never },
      location: inOutlook,
      setTimer: (run) => timers.push(run),
    });
    for (const run of [...timers, ...timers]) run();
    expect(await pending).toEqual({ kind: "timedOut", afterMs: officeStartTimeoutMs });
  });
});

describe("reading Outlook's frame address", () => {
  it("recognises the query and fragment Outlook adds", () => {
    expect(openedByOutlook(inOutlook)).toBe(true);
    expect(openedByOutlook({ search: "", hash: inOutlook.hash })).toBe(true);
    expect(openedByOutlook(plainBrowser)).toBe(false);
    expect(openedByOutlook({ search: "?lang=ja", hash: "#top" })).toBe(false);
  });

  it("reads the locale from _host_Info", () => {
    expect(hostInfoLocale(inOutlook.search)).toBe("ja-JP");
    expect(hostInfoLocale("?_host_Info=Outlook%24Web%2416.01%24en-US%24telemetry%24%24%240")).toBe("en-US");
    expect(hostInfoLocale("?_host_Info=Outlook$Web")).toBeUndefined();
    expect(hostInfoLocale("?_host_Info=%E0%A4%A")).toBeUndefined();
    expect(hostInfoLocale("")).toBeUndefined();
  });
});
