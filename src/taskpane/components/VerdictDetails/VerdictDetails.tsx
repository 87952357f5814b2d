import { makeStyles, tokens } from "@fluentui/react-components";
import type { Policy, Verdict } from "../../../core";
import type { PanePort } from "../../../pane-port/pane-port";
import { useLanguage } from "../../i18n/language";
import { DrillNote } from "../DrillNote/DrillNote";
import { FindingList } from "../FindingList/FindingList";
import { NowLine } from "../NowLine/NowLine";
import { NotChecked } from "../NotChecked/NotChecked";
import { ReportAction } from "../ReportAction/ReportAction";
import { SenderCard } from "../SenderCard/SenderCard";
import { TrustedNote } from "../TrustedNote/TrustedNote";
import { VerdictBanner } from "../VerdictBanner/VerdictBanner";
import { WhatToDo } from "../WhatToDo/WhatToDo";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/**
 * Everything about one judged message, in reading order. The first screen (320 × 700) holds the
 * verdict, what to do now, the real address and the report button; the reasons and the steps in
 * full follow.
 */
export function VerdictDetails({
  host,
  verdict,
  policy,
}: {
  readonly host: PanePort;
  readonly verdict: Verdict;
  readonly policy: Policy;
}) {
  const language = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <VerdictBanner level={verdict.level} headline={verdict.headline[language]} />
      {verdict.drill === true && verdict.drillReveal !== "after-report" ? (
        <DrillNote />
      ) : (
        <NowLine level={verdict.level} addressShown={verdict.sender.address !== ""} />
      )}
      {verdict.trustedReason ? <TrustedNote reason={verdict.trustedReason} /> : null}
      <SenderCard sender={verdict.sender} level={verdict.level} imitates={verdict.imitates} />
      <ReportAction host={host} verdict={verdict} policy={policy} />
      <FindingList findings={verdict.findings} sender={verdict.sender} />
      <NotChecked verdict={verdict} />
      <WhatToDo policy={policy} level={verdict.level} />
    </div>
  );
}
