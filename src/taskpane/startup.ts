/**
 * How the pane waits for Office.js. Outlook frames the pane with `_host_Info` in the query and
 * `_xdm_Info` in the fragment; when that is present but Office.js never arrives (a blocked or
 * hanging CDN: office-js #5733, #6430) or never calls onReady, the pane must say so within a few
 * seconds instead of spinning for ever. No DOM or React here, so it is tested with fake timers.
 */

/** Long enough for a slow network to deliver Office.js and its scripts; short enough that a user still waits. */
export const officeStartTimeoutMs = 10_000;

export type StartOutcome =
  | { readonly kind: "ready"; readonly host: unknown }
  /** A plain browser: no Office.js and no sign of Outlook around the page. */
  | { readonly kind: "outsideOffice" }
  /** Outlook framed the pane, but Office.js is not there (its script failed to load). */
  | { readonly kind: "officeMissing" }
  /** Office.js is there but onReady did not fire in time (a script it loads next hangs or fails). */
  | { readonly kind: "timedOut"; readonly afterMs: number };

export type StartDeps = {
  /** The Office global, or undefined when office.js did not load. */
  readonly office: { readonly onReady: () => PromiseLike<{ readonly host: unknown }> } | undefined;
  /** The page address (search and hash are read). */
  readonly location: { readonly search: string; readonly hash: string };
  readonly timeoutMs?: number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
};

/** True when the page address carries what Outlook adds when it frames an add-in. */
export function openedByOutlook(location: { readonly search: string; readonly hash: string }): boolean {
  return /[?&]_host_Info=/u.test(location.search) || /[#&]_xdm_Info=/u.test(location.hash);
}

/** Outlook's display language from `_host_Info` (host$platform$version$locale$…), if present. */
export function hostInfoLocale(search: string): string | undefined {
  const match = /[?&]_host_Info=([^&#]*)/u.exec(search);
  if (!match?.[1]) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  const locale = value.split(/[$|]/u)[3];
  return locale !== undefined && /^[a-z]{2}(?:-[a-z0-9]{2,8})*$/iu.test(locale) ? locale : undefined;
}

/**
 * Resolves once: with onReady's info, or with why Office did not start. A late onReady after a
 * time-out is handed to `onLateReady`, so the pane can still start then.
 */
export function waitForOffice(deps: StartDeps, onLateReady?: (host: unknown) => void): Promise<StartOutcome> {
  const inOutlook = openedByOutlook(deps.location);
  const office = deps.office;
  if (!office) return Promise.resolve(inOutlook ? { kind: "officeMissing" } : { kind: "outsideOffice" });
  const timeoutMs = deps.timeoutMs ?? officeStartTimeoutMs;
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  return new Promise((resolve) => {
    let settled = false;
    setTimer(() => {
      if (settled) return;
      settled = true;
      resolve({ kind: "timedOut", afterMs: timeoutMs });
    }, timeoutMs);
    let ready: PromiseLike<{ readonly host: unknown }>;
    try {
      ready = office.onReady();
    } catch {
      // An Office.js that throws from onReady never starts: the time-out reports it.
      return;
    }
    ready.then(
      (info) => {
        if (settled) {
          onLateReady?.(info.host);
          return;
        }
        settled = true;
        resolve({ kind: "ready", host: info.host });
      },
      () => undefined,
    );
  });
}
