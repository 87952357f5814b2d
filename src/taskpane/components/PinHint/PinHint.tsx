import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n/language";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: { margin: 0 },
  dismiss: { alignSelf: "flex-start" },
});

/** First-run tip: where the pin is and what pinning gives (automatic checks and warning bars). */
export function PinHint({ onDismiss }: { readonly onDismiss: () => void }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Section title={t.pinTitle} className={styles.root}>
      <p className={styles.body}>{t.pinBody}</p>
      <Button className={styles.dismiss} size="small" aria-label={t.pinDismissLabel} onClick={onDismiss}>
        {t.pinDismiss}
      </Button>
    </Section>
  );
}
