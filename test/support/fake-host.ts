import { defaultPolicy, type FactLimits, type MessageFacts, type Policy, type Verdict } from "../../src/core";
import type { PanePort, ReportOutcome } from "../../src/pane-port/pane-port";
import type { LoadedPolicy } from "../../src/core/policy/loaded";

export type FakeHostOptions = {
  readonly language?: PanePort["language"];
  readonly theme?: PanePort["theme"];
  readonly canFollowSelection?: boolean;
  /** The signed-in user; default a staff address of the facility the default policy describes. */
  readonly userAddress?: string | null;
  /** Called for every readMessage, with the limits the pane passed; default: no message selected. */
  readonly read?: (limits: FactLimits) => Promise<MessageFacts | null>;
  readonly reportUnavailable?: string | null;
  readonly report?: (verdict: Verdict, policy: Policy) => Promise<ReportOutcome>;
  readonly loadPolicy?: () => Promise<LoadedPolicy>;
  readonly settings?: Record<string, unknown>;
};

/** A PanePort made of plain data, recording what the pane asked of it. */
export type FakeHost = PanePort & {
  readonly notified: (Verdict | null)[];
  readonly reported: { verdict: Verdict; policy: Policy }[];
  readonly saved: Map<string, unknown>;
  /** Simulates the user selecting another message. */
  readonly selectionChanged: () => void;
  readonly listenerCount: () => number;
};

export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  const listeners = new Set<() => void>();
  const notified: (Verdict | null)[] = [];
  const reported: { verdict: Verdict; policy: Policy }[] = [];
  const saved = new Map<string, unknown>(Object.entries(options.settings ?? {}));
  return {
    language: options.language ?? "ja",
    theme: options.theme ?? "light",
    userAddress: options.userAddress === undefined ? "staff@westa-kawagoe.jp" : options.userAddress,
    canFollowSelection: options.canFollowSelection ?? false,
    readMessage: options.read ?? (() => Promise.resolve(null)),
    onItemChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reportUnavailableReason: () => options.reportUnavailable ?? null,
    report: (verdict, policy) => {
      reported.push({ verdict, policy });
      return options.report ? options.report(verdict, policy) : Promise.resolve({ status: "opened" });
    },
    notify: (verdict) => {
      notified.push(verdict);
      return Promise.resolve();
    },
    loadPolicy: options.loadPolicy ?? (() => Promise.resolve({ policy: defaultPolicy, source: { kind: "default" } })),
    settings: {
      get: (key) => saved.get(key),
      set: (key, value) => {
        saved.set(key, value);
        return Promise.resolve();
      },
    },
    notified,
    reported,
    saved,
    selectionChanged: () => {
      for (const listener of [...listeners]) listener();
    },
    listenerCount: () => listeners.size,
  };
}

/** A promise with its resolve handle, to finish reads in an order the test chooses. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
