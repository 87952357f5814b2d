import { analyzeWithEnv, type AnalyzeOptions } from "../core/engine/analyze-with-env";
import { compactEnv } from "../core/engine/compact-env";
import type { CoreEnv } from "../core/engine/env";
import type { MessageFacts } from "../core/model/facts";
import type { Verdict } from "../core/model/verdict";
import type { Policy } from "../core/policy/schema";
import { defaultPolicy } from "../core/policy/load";
import type { LoadedPolicy } from "../core/policy/loaded";
import { languageOf } from "../office/environment";
import { notifyVerdict, type NotifyStatus } from "../office/notify";
import type { OfficeApi } from "../office/ports";
import { readMessageFacts } from "../office/read-item";
import { factLimitsOf } from "../core/model/build-facts";
import { errorText } from "../core/text/error-text";

/**
 * The read-mode launch events (OnMessageReadWithCustomHeader / …CustomAttachment): read the
 * message, judge it, put the verdict on the notification bar, and always complete the event.
 *
 * Outlook waits for `completed()` before it frees the runtime and counts a handler that never
 * calls it as failing (after five minutes); calling it twice is an error on some hosts. So it is
 * called exactly once, in `finally`, whatever happened before.
 */

/** The event object's one member used here (Office.MailboxEvent and Office.AddinCommands.Event have it). */
export type CompletableEvent = { readonly completed: () => void };

export type ReadEventDeps = {
  readonly office: OfficeApi;
  readonly loadPolicy: () => Promise<LoadedPolicy>;
  /** Injected so tests can make judging throw; defaults to the core's analyze. */
  readonly analyze?: (
    facts: MessageFacts,
    policy: Policy,
    options: AnalyzeOptions & { readonly env: CoreEnv },
  ) => Verdict;
  /**
   * Defaults to the compact Public Suffix List (src/core/engine/compact-env.ts): the full one
   * would not fit this file's size budget. It answers like the task pane's for host names.
   */
  readonly env?: CoreEnv;
  readonly callTimeoutMs?: number;
};

export type ReadEventResult =
  | { readonly status: "notified"; readonly level: Verdict["level"]; readonly notify: NotifyStatus }
  | { readonly status: "noItem" }
  | { readonly status: "failed"; readonly stage: "policy" | "read" | "analyze" | "notify"; readonly error: string };

export async function handleReadEvent(event: CompletableEvent, deps: ReadEventDeps): Promise<ReadEventResult> {
  let stage: "policy" | "read" | "analyze" | "notify" = "policy";
  try {
    const policy = await loadPolicySafely(deps);
    stage = "read";
    const context = deps.office.context;
    const facts = await readMessageFacts(
      { mailbox: context.mailbox, requirements: context.requirements },
      { ...factLimitsOf(policy), callTimeoutMs: deps.callTimeoutMs },
    );
    if (facts === null) return { status: "noItem" };
    stage = "analyze";
    const verdict = (deps.analyze ?? analyzeWithEnv)(facts, policy, { env: deps.env ?? compactEnv });
    stage = "notify";
    const language = languageOf(readLanguage(deps.office));
    const notify = await notifyVerdict(context.mailbox.item, verdict, language, deps.callTimeoutMs);
    return { status: "notified", level: verdict.level, notify };
  } catch (error) {
    return { status: "failed", stage, error: errorText(error) };
  } finally {
    completeOnce(event);
  }
}

/** A missing or broken hosted policy must not cost the user the warning: judge with the built-in one. */
async function loadPolicySafely(deps: ReadEventDeps): Promise<Policy> {
  try {
    return (await deps.loadPolicy()).policy;
  } catch {
    return defaultPolicy;
  }
}

function readLanguage(office: OfficeApi): string | undefined {
  try {
    return office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

const completedEvents = new WeakSet();

/** Calls `completed()` at most once per event object, and never lets it throw. */
export function completeOnce(event: CompletableEvent): void {
  if (completedEvents.has(event)) return;
  completedEvents.add(event);
  try {
    event.completed();
  } catch {
    // Nothing useful can be done: the runtime is ending either way.
  }
}
