import { makeStyles, tokens } from "@fluentui/react-components";
import { drillSigns } from "../../../core/drill/lesson";
import type { Verdict } from "../../../core";
import { useLanguage, useStrings } from "../../i18n/language";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  body: { margin: 0 },
  signs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** After the user reported a drill (reveal "after-report"): thanks, and what gave the mail away. */
export function DrillReveal({ verdict }: { readonly verdict: Verdict }) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  return (
    <Section title={t.drillRevealTitle} className={styles.root}>
      <p className={styles.body}>{t.drillRevealBody}</p>
      <p className={styles.body}>{t.drillRevealSigns}</p>
      <ul className={styles.signs}>
        {drillSigns(verdict).map((sign, i) => (
          <li key={i}>{sign[language]}</li>
        ))}
      </ul>
    </Section>
  );
}
