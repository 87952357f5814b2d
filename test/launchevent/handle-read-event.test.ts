import { describe, expect, it, vi } from "vitest";
import { analyze, defaultPolicy, type MessageFacts, type Policy } from "../../src/core";
import { defineRule, type Rule } from "../../src/core/rules/rule";
import type { LoadedPolicy } from "../../src/core/policy/loaded";
import { completeOnce, handleReadEvent, type ReadEventDeps } from "../../src/launchevent/handle-read-event";
import { notificationKey } from "../../src/office/notify";
import {
  createOfficeStub,
  type FailureMode,
  type OfficeStubOptions,
  type StubCall,
  type StubMessage,
  type StubProperty,
} from "../support/office-stub";

const suspicious: StubMessage = {
  itemId: "AAMk-suspect",
  from: { name: "ウェスタ川越 インフォメーション・施設予約", address: "info@evil.example" },
  sender: { name: "ウェスタ川越 インフォメーション・施設予約", address: "info@evil.example" },
  subject: "Re: ご確認ください",
  to: [{ name: "職員 太郎", address: "staff@westa-kawagoe.jp" }],
  attachments: [{ id: "z", name: "請求書.zip", size: 4, content: Uint8Array.from([0x50, 0x4b, 0x05, 0x06]) }],
  headers: "From: x <info@evil.example>\r\nX-Sender-Guard-Suspect: yes\r\n",
  bodyHtml: "<p>パスワードは 1234 です</p>",
  bodyText: "パスワードは 1234 です",
};

const alwaysDanger = defineRule({
  meta: {
    id: "test-danger",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: { ja: "t", en: "t" },
  },
  messages: { hit: { ja: "なりすまし", en: "impersonation" } },
  check: () => [{ messageId: "hit", evidence: {} }],
});

const throwingRule: Rule = {
  meta: {
    id: "test-throws",
    category: "sender",
    defaultSeverity: "weak",
    senderSignal: false,
    description: { ja: "t", en: "t" },
  },
  messages: {},
  check: () => {
    throw new Error("rule exploded");
  },
};

const hosted = (): Promise<LoadedPolicy> => Promise.resolve({ policy: defaultPolicy, source: { kind: "default" } });

function run(options: OfficeStubOptions, overrides: Partial<ReadEventDeps> = {}) {
  const stub = createOfficeStub({ item: suspicious, ...options });
  const completed = vi.fn();
  const deps: ReadEventDeps = {
    office: stub.office,
    loadPolicy: hosted,
    analyze: (facts: MessageFacts, policy: Policy) => analyze(facts, policy, { rules: [alwaysDanger] }),
    callTimeoutMs: 40,
    ...overrides,
  };
  return { stub, completed, result: handleReadEvent({ completed }, deps) };
}

describe("handleReadEvent", () => {
  it("reads, judges, shows the bar and completes exactly once", async () => {
    const { stub, completed, result } = run({});
    const outcome = await result;
    expect(outcome).toEqual({ status: "notified", level: "danger", notify: { status: "shown", kind: "error" } });
    expect(stub.notifications.get(notificationKey)?.message).toContain("Sender Guard");
    expect(completed).toHaveBeenCalledTimes(1);
    // The shared reader asks for the headers beside the body; the bar waits for both (Outlook allows three calls per item at once).
    expect(stub.maxInFlight()).toBe(2);
  });

  it("runs with the real rules and still completes once", async () => {
    const { completed, result } = run({}, { analyze: undefined });
    const outcome = await result;
    expect(outcome.status).toBe("notified");
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes once when no message is available", async () => {
    const { completed, result } = run({ item: null });
    expect(await result).toEqual({ status: "noItem" });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  describe("completes exactly once on each Office failure", () => {
    const calls: StubCall[] = [
      "getAllInternetHeadersAsync",
      "body.getAsync(html)",
      "body.getAsync(text)",
      "getAttachmentContentAsync",
      "notificationMessages.replaceAsync",
    ];
    const modes: FailureMode[] = ["fail", "throw", "hang"];
    for (const call of calls) {
      for (const mode of modes) {
        it(`${call} (${mode})`, async () => {
          const failures: OfficeStubOptions["failures"] =
            call === "body.getAsync(text)"
              ? { "body.getAsync(html)": mode, "body.getAsync(text)": mode }
              : { [call]: mode };
          const { completed, result } = run({ failures });
          const outcome = await result;
          expect(completed).toHaveBeenCalledTimes(1);
          expect(outcome.status).toBe("notified");
        });
      }
    }

    const properties: StubProperty[] = [
      "item",
      "from",
      "subject",
      "attachments",
      "userProfile",
      "notificationMessages",
    ];
    for (const property of properties) {
      it(`throwing ${property}`, async () => {
        const { completed, result } = run({ throwingProperties: [property] });
        await result;
        expect(completed).toHaveBeenCalledTimes(1);
      });
    }

    it("removeAsync failing for a verdict with nothing to show", async () => {
      const { completed, result } = run(
        { failures: { "notificationMessages.removeAsync": "throw" } },
        { analyze: (facts, policy) => analyze(facts, policy, { rules: [] }) },
      );
      const outcome = await result;
      expect(outcome.status === "notified" && outcome.notify.status).toBe("failed");
      expect(completed).toHaveBeenCalledTimes(1);
    });
  });

  it("completes once when a rule throws, and the verdict is not safe", async () => {
    const { completed, result } = run(
      {},
      { analyze: (facts, policy) => analyze(facts, policy, { rules: [throwingRule] }) },
    );
    const outcome = await result;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcome.status === "notified" && outcome.level).toBe("unknown");
  });

  it("completes once when judging itself throws", async () => {
    const { completed, result } = run(
      {},
      {
        analyze: () => {
          throw new Error("analyze exploded");
        },
      },
    );
    expect(await result).toEqual({ status: "failed", stage: "analyze", error: "analyze exploded" });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes once when the policy fetch throws, and still warns with the built-in policy", async () => {
    const seen: Policy[] = [];
    const { stub, completed, result } = run(
      {},
      {
        loadPolicy: () => Promise.reject(new Error("policy server down")),
        analyze: (facts, policy) => {
          seen.push(policy);
          return analyze(facts, policy, { rules: [alwaysDanger] });
        },
      },
    );
    expect((await result).status).toBe("notified");
    expect(seen).toEqual([defaultPolicy]);
    expect(stub.notifications.size).toBe(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("does not reject when completed() itself throws", async () => {
    const stub = createOfficeStub({ item: suspicious });
    const event = {
      completed: vi.fn(() => {
        throw new Error("runtime already gone");
      }),
    };
    await expect(handleReadEvent(event, { office: stub.office, loadPolicy: hosted })).resolves.toBeDefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completeOnce guards against a second call on the same event", () => {
    const event = { completed: vi.fn() };
    completeOnce(event);
    completeOnce(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
