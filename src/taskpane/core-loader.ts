import type { analyze, defaultPolicy } from "../core";

/** The part of the detection library the pane calls. */
export type CoreApi = {
  readonly analyze: typeof analyze;
  readonly defaultPolicy: typeof defaultPolicy;
};

let pending: Promise<CoreApi> | undefined;

/**
 * Loads the detection library on first call and returns the same promise afterwards.
 * It is a dynamic import so webpack puts the core (with the Public Suffix List) in its own chunk,
 * keeping the pane's first paint small; index.tsx starts it alongside Office.onReady.
 */
export function loadCore(): Promise<CoreApi> {
  pending ??= import("../core/index");
  return pending;
}
