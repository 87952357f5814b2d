/**
 * Where policy.json lives for the launch-event handler.
 *
 * Outlook on the web, on Mac and new Outlook run the handler in launchevent.html, so the page's
 * own address works. Classic Outlook on Windows runs launchevent.js in a JavaScript-only runtime
 * with no `location`, where fetch needs an absolute URL: the build can define
 * `__SENDER_GUARD_BASE_URL__` (webpack DefinePlugin, the ADDIN_BASE_URL it already resolves).
 * Without either, the handler judges with the built-in policy.
 */

declare const __SENDER_GUARD_BASE_URL__: string | undefined;

export function launchBaseUrl(): string | undefined {
  const injected = typeof __SENDER_GUARD_BASE_URL__ === "string" ? __SENDER_GUARD_BASE_URL__ : "";
  if (injected !== "") return injected.endsWith("/") ? injected : `${injected}/`;
  if (typeof location !== "undefined" && typeof location.href === "string" && /^https?:/iu.test(location.href))
    return location.href;
  return undefined;
}
