import { useEffect, useState } from "react";
import type { Verdict } from "../../core";
import type { MessageFacts } from "../../core/model/facts";
import { factLimitsOf } from "../../core/model/fact-limits";
import type { PanePort } from "../../pane-port/pane-port";
import type { LoadedPolicy } from "../../core/policy/loaded";
import { loadCore as defaultLoadCore, type CoreApi } from "../core-loader";
import { errorText } from "../../core/text/error-text";
import { markStartup } from "../startup-marks";

export type VerdictView =
  | { readonly status: "loading" }
  | { readonly status: "noItem" }
  /** `run` changes for every message, so per-message UI state can reset by key. */
  | { readonly status: "ready"; readonly run: number; readonly verdict: Verdict }
  /** Reading or analysing threw: shown as unknown, never safe. */
  | { readonly status: "error"; readonly run: number; readonly detail: string };

export type MessageVerdictState = {
  readonly view: VerdictView;
  /** null until the policy has loaded. */
  readonly policy: LoadedPolicy | null;
};

// One policy load per host, even when React runs effects twice in development.
const policies = new WeakMap<PanePort, Promise<LoadedPolicy>>();

function loadPolicyOnce(host: PanePort, loadCore: () => Promise<CoreApi>): Promise<LoadedPolicy> {
  let pending = policies.get(host);
  if (!pending) {
    pending = host.loadPolicy().catch(async (error: unknown) => {
      const core = await loadCore();
      return {
        policy: core.defaultPolicy,
        source: { kind: "default", reason: errorText(error) },
      } satisfies LoadedPolicy;
    });
    policies.set(host, pending);
  }
  return pending;
}

// The selected message's read, started before the pane's first render so Outlook answers while React renders.
const firstReads = new WeakMap<PanePort, Promise<MessageFacts | null>>();

/**
 * Starts the policy load and the read of the message selected at start-up as soon as the host
 * exists (index.tsx, before the first render); the first run of useMessageVerdict takes the result.
 */
export function startFirstRead(host: PanePort, loadCore: () => Promise<CoreApi> = defaultLoadCore): void {
  if (firstReads.has(host)) return;
  const read = loadPolicyOnce(host, loadCore).then((loaded) => host.readMessage(factLimitsOf(loaded.policy)));
  // Awaited (and a failure reported) by the run that takes it.
  read.catch(() => undefined);
  firstReads.set(host, read);
}

/** The early read if it is still unclaimed: only one run, the first, may take it. */
function takeFirstRead(host: PanePort): Promise<MessageFacts | null> | undefined {
  const read = firstReads.get(host);
  firstReads.delete(host);
  return read;
}

function notifyQuietly(host: PanePort, verdict: Verdict | null): void {
  // The bar is a convenience on top of the pane; failing to set it must not disturb the pane.
  host.notify(verdict).catch(() => undefined);
}

/**
 * Reads the selected message, judges it and follows the selection. Each run gets a number; a
 * result that arrives after a newer run started is dropped, so a slow read of the previous mail
 * can never paint its verdict onto the next one.
 */
export function useMessageVerdict(
  host: PanePort,
  loadCore: () => Promise<CoreApi> = defaultLoadCore,
): MessageVerdictState {
  const [view, setView] = useState<VerdictView>({ status: "loading" });
  const [policy, setPolicy] = useState<LoadedPolicy | null>(null);

  useEffect(() => {
    let latest = 0;
    let active = true;
    const policyPending = loadPolicyOnce(host, loadCore);
    policyPending.then(
      (loaded) => {
        if (active) setPolicy(loaded);
      },
      () => undefined,
    );

    const run = async (): Promise<void> => {
      latest += 1;
      const id = latest;
      const current = (): boolean => active && id === latest;
      setView({ status: "loading" });
      try {
        // The policy's limits decide how much of the mail is read, so the first read waits for it.
        const loaded = await policyPending;
        markStartup("policy");
        const [core, facts] = await Promise.all([
          loadCore(),
          takeFirstRead(host) ?? host.readMessage(factLimitsOf(loaded.policy)),
        ]);
        markStartup("facts");
        if (!current()) return;
        if (facts === null) {
          setView({ status: "noItem" });
          notifyQuietly(host, null);
          return;
        }
        const verdict = core.analyze(facts, loaded.policy);
        markStartup("verdict");
        setView({ status: "ready", run: id, verdict });
        notifyQuietly(host, verdict);
      } catch (error) {
        // No verdict means no notify: removing a bar another part put there would hide a warning.
        if (current()) setView({ status: "error", run: id, detail: errorText(error) });
      }
    };

    void run();
    const unsubscribe = host.onItemChanged(() => void run());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [host, loadCore]);

  return { view, policy };
}
