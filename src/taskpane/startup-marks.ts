/** Points of the pane's start-up that the benchmark reads from the browser's timeline (scripts/bench/pane-timeline.ts). */
export type StartupPoint = "entry" | "office-ready" | "policy" | "facts" | "verdict";

/** A User Timing mark, `sender-guard:<point>`; nothing is logged or sent, and a missing API is ignored. */
export function markStartup(point: StartupPoint): void {
  try {
    performance.mark(`sender-guard:${point}`);
  } catch {
    // No User Timing in this runtime: the pane works the same without the mark.
  }
}
