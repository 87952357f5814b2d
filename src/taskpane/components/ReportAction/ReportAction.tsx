import { useId } from "react";
import { Button, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Policy, Verdict } from "../../../core";
import { policyFit, type ReportTarget } from "../../../core/policy/fit";
import type { PanePort } from "../../../pane-port/pane-port";
import { useReport, type ReportState } from "../../hooks/useReport";
import { useStrings } from "../../i18n/language";
import type { Strings } from "../../i18n/strings";
import { DrillReveal } from "../DrillReveal/DrillReveal";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  reason: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  outcome: { margin: 0 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

function outcomeText(state: ReportState, t: Strings): string {
  switch (state.status) {
    case "idle":
      return "";
    case "pending":
      return t.reportPending;
    case "opened":
      return t.reportOpened;
    case "unsupported":
      return t.reportUnavailable(state.reason);
    case "failed":
      return t.reportFailed(state.reason);
  }
}

function refusedText(target: Exclude<ReportTarget, { ok: true }>, policy: Policy, t: Strings): string {
  switch (target.reason) {
    case "noMailbox":
      return t.reportNoMailbox;
    case "otherOrganisation":
      return t.reportOtherOrganisation(policy.reportMailbox ?? "");
    case "unknownUser":
      return t.reportUnknownUser;
  }
}

/**
 * "Report to the admin": opens a new message to the report mailbox (never a reply). When the host
 * cannot report, the button stays focusable but inactive and the reason is written beside it.
 * A mailbox outside the user's own domain is never offered: no button at all, and why.
 */
export function ReportAction({
  host,
  verdict,
  policy,
}: {
  readonly host: PanePort;
  readonly verdict: Verdict;
  readonly policy: Policy;
}) {
  const t = useStrings();
  const styles = useStyles();
  const target = policyFit(policy, host.userAddress).report;
  if (!target.ok) return <p className={styles.reason}>{refusedText(target, policy, t)}</p>;
  return <ReportButton host={host} verdict={verdict} policy={policy} mailbox={target.mailbox} />;
}

function ReportButton({
  host,
  verdict,
  policy,
  mailbox,
}: {
  readonly host: PanePort;
  readonly verdict: Verdict;
  readonly policy: Policy;
  readonly mailbox: string;
}) {
  const t = useStrings();
  const styles = useStyles();
  const reasonId = useId();
  const { state, report } = useReport(host, verdict, policy);
  const unavailable = host.reportUnavailableReason();
  const failed = state.status === "failed" || state.status === "unsupported";
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        disabledFocusable={unavailable !== null || state.status === "pending"}
        aria-describedby={reasonId}
        onClick={report}
      >
        {t.reportButton}
      </Button>
      <p id={reasonId} className={unavailable === null ? styles.note : styles.reason}>
        {unavailable === null ? t.reportTo(mailbox) : t.reportUnavailable(unavailable)}
      </p>
      <div role="status" className={mergeClasses(styles.outcome, failed && styles.failed)}>
        {state.status === "pending" ? <Spinner size="tiny" label={t.reportPending} /> : outcomeText(state, t)}
      </div>
      {state.status === "opened" && verdict.drill === true && verdict.drillReveal === "after-report" ? (
        <DrillReveal verdict={verdict} />
      ) : null}
    </div>
  );
}
