import { useState } from "react";
import type { Policy, Verdict } from "../../core";
import type { PanePort, ReportOutcome } from "../../pane-port/pane-port";
import { errorText } from "../../core/text/error-text";

export type ReportState = { readonly status: "idle" } | { readonly status: "pending" } | ReportOutcome;

/** Runs host.report once per press and keeps its outcome for display. */
export function useReport(
  host: PanePort,
  verdict: Verdict,
  policy: Policy,
): { state: ReportState; report: () => void } {
  const [state, setState] = useState<ReportState>({ status: "idle" });
  const report = (): void => {
    setState({ status: "pending" });
    host.report(verdict, policy).then(setState, (error: unknown) => {
      setState({ status: "failed", reason: errorText(error) });
    });
  };
  return { state, report };
}
