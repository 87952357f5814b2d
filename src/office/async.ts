import { errorText } from "../core/text/error-text";
/**
 * Office.js reports through callbacks; an exception thrown inside one escapes every try/catch
 * around the call. Everything here turns a call into a promise that always resolves, once.
 */

export type OfficeFailure = {
  /** Office error name or code ("InvalidAttachmentId", "9020"), "timeout", or "exception". */
  readonly code: string;
  readonly message: string;
};

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: OfficeFailure };

/** What an Office callback receives; only these members are read. */
export type ResultLike<T> = {
  readonly status: unknown;
  readonly value?: T;
  readonly error?: { readonly name?: string; readonly code?: number; readonly message?: string } | null;
};

/** A generous bound: past it the call is treated as failed so the pane and the event handler go on. */
export const defaultCallTimeoutMs = 15_000;

export type CallOptions = {
  readonly timeoutMs?: number;
};

/**
 * Runs `start(callback)` and resolves with the outcome. Never rejects: a synchronous throw, a
 * failed status, or a missing callback within the timeout all become `{ ok: false }`.
 *
 * @example const headers = await callOffice<string>((done) => item.getAllInternetHeadersAsync(done));
 */
export function callOffice<T>(
  start: (callback: (result: ResultLike<T>) => void) => void,
  options: CallOptions = {},
): Promise<Outcome<T>> {
  const timeoutMs = options.timeoutMs ?? defaultCallTimeoutMs;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Outcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    // settle runs only from the timer or from start's callback, both after this line.
    const timer = setTimeout(() => {
      settle({ ok: false, error: { code: "timeout", message: `no answer from Outlook within ${timeoutMs} ms` } });
    }, timeoutMs);
    try {
      start((result) => {
        try {
          settle(toOutcome(result));
        } catch (error) {
          settle({ ok: false, error: exceptionFailure(error) });
        }
      });
    } catch (error) {
      settle({ ok: false, error: exceptionFailure(error) });
    }
  });
}

function toOutcome<T>(result: ResultLike<T> | undefined): Outcome<T> {
  if (result?.status === "succeeded") return { ok: true, value: result.value as T };
  const error = result?.error ?? undefined;
  const code = error?.name ?? (error?.code !== undefined ? String(error.code) : "failed");
  return { ok: false, error: { code, message: error?.message ?? "Outlook reported a failure" } };
}

/** An exception as an OfficeFailure (e.g. a method missing on this host). */
export function exceptionFailure(error: unknown): OfficeFailure {
  return { code: "exception", message: errorText(error) };
}

/** "code: message", short enough for a MissingPart detail. */
export function describeFailure(failure: OfficeFailure): string {
  const text = failure.message === "" ? failure.code : `${failure.code}: ${failure.message}`;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
