// First, because the modules below call them as they load: the newer built-ins, where the runtime lacks them.
import "./es2016-builtins";
import { loadHostedPolicy, type FetchLike } from "../office/policy-fetch";
import { launchBaseUrl } from "./base-url";
import { completeOnce, handleReadEvent, type CompletableEvent } from "./handle-read-event";

/**
 * Entry of launchevent.js: one self-contained file (no React, no DOM, no dynamic import) that
 * classic Outlook on Windows runs in its JavaScript-only runtime and the other clients load
 * from launchevent.html. The function names match the pilot manifest's FunctionName values.
 */

function runtimeFetch(): FetchLike | undefined {
  return typeof fetch === "function" ? (url, init) => fetch(url, init) : undefined;
}

function onMessageRead(event: CompletableEvent): void {
  try {
    void handleReadEvent(event, {
      office: Office,
      loadPolicy: () => loadHostedPolicy(launchBaseUrl(), runtimeFetch()),
    });
  } catch {
    completeOnce(event);
  }
}

// Office.actions is missing on hosts without event-based activation; then there is nothing to register.
const actions = typeof Office === "undefined" ? undefined : (Office.actions as Office.Actions | undefined);
if (actions !== undefined && typeof actions.associate === "function") {
  actions.associate("onMessageReadWithCustomHeader", onMessageRead);
  actions.associate("onMessageReadWithCustomAttachment", onMessageRead);
}
