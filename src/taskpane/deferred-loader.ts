export type DeferredParts = typeof import("./components/deferred");

let pending: Promise<DeferredParts> | undefined;

/**
 * Loads the verdict's details and the pin tip on first call and returns the same promise afterwards.
 * A dynamic import, so they are a separate chunk; index.tsx starts it alongside Office.onReady.
 */
export function loadDeferredParts(): Promise<DeferredParts> {
  pending ??= import(/* webpackChunkName: "details" */ "./components/deferred");
  return pending;
}
