import { checkPolicyText, type PolicyResult } from "../core/policy/check";
import { defaultPolicy } from "../core/policy/load";
import type { LoadedPolicy } from "../core/policy/loaded";
import { policyUrl } from "./policy-url";
import { errorText } from "../core/text/error-text";

export { policyUrl };

/**
 * The organisation's policy is a static file beside the add-in (same HTTPS origin), because XML
 * add-ins have no admin configuration channel. Any problem falls back to the built-in policy and
 * says why; nothing here throws, and a slow server cannot hold back the warning.
 */

export const defaultPolicyTimeoutMs = 3_000;

/** The slice of fetch used here, so tests and the JavaScript-only runtime can pass their own. */
export type FetchLike = (
  url: string,
  init?: { cache?: "no-cache"; signal?: AbortSignal },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  readonly text: () => Promise<string>;
}>;

export type PolicyFetchOptions = {
  readonly timeoutMs?: number;
  /** The pane passes the explaining parser (core/policy/parse.ts) to show admins field errors; the launch event keeps the lean one. */
  readonly parse?: (text: string) => PolicyResult;
};

/**
 * `baseUrl` is the add-in's folder ("https://addin.example.jp/sender-guard/"); the policy is
 * `policy.json` in it. Without a base URL (no location, no build-time constant) the default applies.
 */
export async function loadHostedPolicy(
  baseUrl: string | undefined,
  fetchFn: FetchLike | undefined,
  options: PolicyFetchOptions = {},
): Promise<LoadedPolicy> {
  if (baseUrl === undefined || baseUrl === "")
    return fallback("no add-in address is known, so no hosted policy was looked for");
  if (fetchFn === undefined) return fallback("this runtime cannot fetch the hosted policy");
  const url = policyUrl(baseUrl);
  const timeoutMs = options.timeoutMs ?? defaultPolicyTimeoutMs;
  const controller = typeof AbortController === "undefined" ? undefined : new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      resolve("timeout");
    }, timeoutMs);
  });
  try {
    const fetched = (async () => {
      const response = await fetchFn(url, { cache: "no-cache", ...(controller ? { signal: controller.signal } : {}) });
      if (!response.ok) return { status: response.status };
      return { status: response.status, text: await response.text() };
    })();
    // A late rejection after the timeout must not surface as an unhandled rejection.
    fetched.catch(() => undefined);
    const result = await Promise.race([fetched, timeout]);
    if (result === "timeout") {
      controller?.abort();
      return fallback(`${url} did not answer within ${timeoutMs} ms`);
    }
    if (result.text === undefined) return fallback(`${url} answered HTTP ${result.status}`);
    const parsed = (options.parse ?? checkPolicyText)(result.text);
    if (parsed.ok) return { policy: parsed.policy, source: { kind: "hosted", url } };
    return { policy: defaultPolicy, source: { kind: "invalid", url, issues: parsed.issues } };
  } catch (error) {
    return fallback(`${url} could not be fetched: ${errorText(error)}`);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function fallback(reason: string): LoadedPolicy {
  return { policy: defaultPolicy, source: { kind: "default", reason } };
}
