import { emptyFacts, type MessageFacts } from "../core/model/facts";
import type { PanePort } from "../pane-port/pane-port";
import type { LoadedPolicy } from "../core/policy/loaded";
import { callOffice } from "./async";
import { languageOf, themeOf } from "./environment";
import { notifyVerdict } from "./notify";
import type { FetchLike } from "./policy-fetch";
import { policyUrl } from "./policy-url";
import { supports, type OfficeApi } from "./ports";
import { reportUnavailableReason } from "./report-availability";
import { createSettingsStore } from "./settings";
import { errorText } from "../core/text/error-text";

/**
 * The task pane's host in Outlook: every Office call the pane makes goes through here. The
 * `Office` object is passed in (tests pass test/support/office-stub.ts), never read from globals,
 * except the page address and fetch, which default to the browser's and can be overridden.
 */

export type OfficeHostOptions = {
  /** Folder or page address next to which policy.json lives; defaults to this page's address. */
  readonly policyBaseUrl?: string;
  readonly fetchFn?: FetchLike;
  readonly callTimeoutMs?: number;
  readonly policyTimeoutMs?: number;
};

export function createOfficeHost(office: OfficeApi, options: OfficeHostOptions = {}): PanePort {
  const context = office.context;
  const language = languageOf(safe(() => context.displayLanguage));
  const theme = themeOf(safe(() => context.officeTheme));
  const mailbox = context.mailbox;
  const requirements = context.requirements;
  const timeoutMs = options.callTimeoutMs;
  // Phones report Mailbox 1.5 but have no pinnable pane, so the pin advice would mislead there.
  const onPhone = /^Outlook(IOS|Android)$/i.test(safe(() => mailbox.diagnostics?.hostName) ?? "");
  const canFollowSelection =
    !onPhone &&
    supports(requirements, "1.5") &&
    typeof mailbox.addHandlerAsync === "function" &&
    typeof mailbox.removeHandlerAsync === "function";
  const settings = createSettingsStore(
    safe(() => context.roamingSettings),
    timeoutMs,
  );
  const selection = createSelectionEvents(office, timeoutMs);

  const userAddress = safe(() => mailbox.userProfile?.emailAddress);
  return {
    language,
    theme,
    userAddress: typeof userAddress === "string" && userAddress.trim() !== "" ? userAddress.trim() : null,
    canFollowSelection,
    readMessage: async (limits): Promise<MessageFacts | null> => {
      try {
        const { readMessageFacts } = await loadHeavyParts();
        return await readMessageFacts({ mailbox, requirements }, { ...limits, callTimeoutMs: timeoutMs });
      } catch (error) {
        // readMessageFacts does not throw by design; if it ever does, the verdict must say "unknown".
        return emptyFacts({ missing: [{ part: "from", reason: "failed", detail: errorText(error) }] });
      }
    },
    onItemChanged: (listener) => (canFollowSelection ? selection.subscribe(listener) : () => undefined),
    reportUnavailableReason: () => reportUnavailableReason({ mailbox, requirements, language }),
    report: async (verdict, reportPolicy) => {
      try {
        // Only a user who reports needs the report builder, so it stays out of the pane's first bundle.
        const { openReportForm } = await import(/* webpackChunkName: "report" */ "./report");
        return await openReportForm({ mailbox, requirements, language, timeoutMs }, verdict, reportPolicy);
      } catch (error) {
        return { status: "failed", reason: errorText(error) };
      }
    },
    notify: async (verdict) => {
      try {
        await notifyVerdict(
          safe(() => mailbox.item),
          verdict,
          language,
          timeoutMs,
        );
      } catch {
        // The bar is a convenience on top of the pane; failing to set it must not disturb the pane.
      }
    },
    loadPolicy: async (): Promise<LoadedPolicy> => {
      const { loadHostedPolicy, parsePolicy } = await loadHeavyParts();
      return await loadHostedPolicy(options.policyBaseUrl ?? pageAddress(), options.fetchFn ?? browserFetch(), {
        timeoutMs: options.policyTimeoutMs,
        parse: parsePolicy,
      });
    },
    settings: {
      get: (key) => settings.get(key),
      set: async (key, value) => {
        // A preference that could not be saved stays in memory for this session; nothing to tell the user.
        await settings.set(key, value);
      },
    },
  };
}

type HeavyParts = typeof import("./host-heavy");
let heavy: Promise<HeavyParts> | undefined;

/**
 * The reader (HTML scanner, header parsers) and the policy loader (valibot, the built-in policy)
 * load with the detection core rather than before the pane's first paint. The launch-event
 * handler imports them statically: it must stay one file.
 */
function loadHeavyParts(): Promise<HeavyParts> {
  heavy ??= import("./host-heavy");
  return heavy;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** policy.json requested at start-up, handed to the first policy load that asks for the same URL. */
let earlyPolicy: { readonly url: string; readonly response: ReturnType<FetchLike> } | undefined;

/**
 * Starts, before Office is ready, the downloads the first verdict waits for: the message reader
 * and policy code, and policy.json itself. Without this they run one after another once the
 * pane has rendered. Failures are left for the real load to report.
 */
export function preloadOfficeHost(): void {
  loadHeavyParts().catch(() => undefined);
  const base = pageAddress();
  const fetchFn = browserFetch();
  if (base === undefined || fetchFn === undefined || earlyPolicy !== undefined) return;
  const url = policyUrl(base);
  const response = fetchFn(url, { cache: "no-cache" });
  response.catch(() => undefined);
  earlyPolicy = { url, response };
}

function pageAddress(): string | undefined {
  return typeof location !== "undefined" && typeof location.href === "string" ? location.href : undefined;
}

function browserFetch(): FetchLike | undefined {
  if (typeof fetch !== "function") return undefined;
  return (url, init) => {
    const early = earlyPolicy;
    if (early?.url === url) {
      earlyPolicy = undefined;
      return early.response;
    }
    return fetch(url, init);
  };
}

/**
 * One Office handler for ItemChanged, shared by every subscriber: Mailbox.removeHandlerAsync
 * removes all handlers of an event type at once, so per-listener registration would not work.
 */
function createSelectionEvents(office: OfficeApi, timeoutMs: number | undefined) {
  const listeners = new Set<() => void>();
  let registered = false;
  const dispatch = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // One failing listener must not stop the others, nor throw inside Office's callback.
      }
    }
  };
  const mailbox = office.context.mailbox;
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (!registered && mailbox.addHandlerAsync) {
        registered = true;
        const add = mailbox.addHandlerAsync;
        void callOffice<unknown>(
          (done) => {
            add.call(mailbox, office.EventType.ItemChanged, dispatch, done);
          },
          { timeoutMs },
        ).then((outcome) => {
          if (!outcome.ok) registered = false;
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !registered || !mailbox.removeHandlerAsync) return;
        registered = false;
        const remove = mailbox.removeHandlerAsync;
        void callOffice<unknown>(
          (done) => {
            remove.call(mailbox, office.EventType.ItemChanged, done);
          },
          { timeoutMs },
        );
      };
    },
  };
}
