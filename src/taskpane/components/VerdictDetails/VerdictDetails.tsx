import { makeStyles, tokens } from "@fluentui/react-components";
import type { Policy, Verdict } from "../../../core";
import type { PaneHost } from "../../../host/pane-host";
import { useLanguage } from "../../i18n/language";
import { DrillNote } from "../DrillNote/DrillNote";
import { FindingList } from "../FindingList/FindingList";
import { NotChecked } from "../NotChecked/NotChecked";
import { ReportAction } from "../ReportAction/ReportAction";
import { SenderCard } from "../SenderCard/SenderCard";
import { TrustedNote } from "../TrustedNote/TrustedNote";
import { VerdictBanner } from "../VerdictBanner/VerdictBanner";
import { WhatToDo } from "../WhatToDo/WhatToDo";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** Everything about one judged message, in reading order: verdict, who, why, what to do. */
export function VerdictDetails({ host, verdict, policy }: { readonly host: PaneHost; readonly verdict: Verdict; readonly policy: Policy }) {
  const language = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <VerdictBanner level={verdict.level} headline={verdict.headline[language]} />
      {verdict.drill === true && verdict.drillReveal !== "after-report" ? <DrillNote /> : null}
      {verdict.trustedReason ? <TrustedNote reason={verdict.trustedReason} /> : null}
      <SenderCard sender={verdict.sender} level={verdict.level} imitates={verdict.imitates} />
      <FindingList findings={verdict.findings} />
      <NotChecked verdict={verdict} />
      <WhatToDo policy={policy} level={verdict.level} />
      <ReportAction host={host} verdict={verdict} policy={policy} />
    </div>
  );
}
