import { describe, expect, it } from "vitest";
import { callOffice, describeFailure, type ResultLike } from "../../src/office/async";

const later = (fn: () => void): void => {
  setTimeout(fn, 1);
};

describe("callOffice", () => {
  it("resolves with the value of a succeeded result", async () => {
    const outcome = await callOffice<string>((done) => {
      later(() => {
        done({ status: "succeeded", value: "headers" });
      });
    });
    expect(outcome).toEqual({ ok: true, value: "headers" });
  });

  it("turns a failed result into an error with Office's name and message", async () => {
    const outcome = await callOffice<string>((done) => {
      later(() => {
        done({ status: "failed", error: { name: "InvalidAttachmentId", code: 9040, message: "bad id" } });
      });
    });
    expect(outcome).toEqual({ ok: false, error: { code: "InvalidAttachmentId", message: "bad id" } });
  });

  it("turns a synchronous throw into a failure instead of rejecting", async () => {
    const outcome = await callOffice<string>(() => {
      throw new Error("not available on this host");
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toEqual({ code: "exception", message: "not available on this host" });
  });

  it("gives up after the timeout when no callback comes", async () => {
    const started = Date.now();
    const outcome = await callOffice<string>(() => undefined, { timeoutMs: 30 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe("timeout");
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("settles once even when the host calls back twice", async () => {
    let captured: ((result: ResultLike<string>) => void) | undefined;
    const outcome = await callOffice<string>((done) => {
      captured = done;
      done({ status: "succeeded", value: "first" });
      done({ status: "failed" });
    });
    expect(outcome).toEqual({ ok: true, value: "first" });
    expect(() => captured?.({ status: "succeeded", value: "third" })).not.toThrow();
  });

  it("describes a failure briefly", () => {
    expect(describeFailure({ code: "timeout", message: "x".repeat(500) }).length).toBeLessThanOrEqual(200);
  });
});
