import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n/language";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  body: { margin: 0 },
});

/** Shown instead of an alarm when the admin's drill header marks a training mail. */
export function DrillNote() {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Section title={t.drillTitle} className={styles.root}>
      <p className={styles.body}>{t.drillBody}</p>
    </Section>
  );
}
