import { makeStyles, tokens } from "@fluentui/react-components";
import type { Localized } from "../../../core";
import { useLanguage, useStrings } from "../../i18n/language";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  body: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Why the policy trusts this sender (its own words, from the admin). */
export function TrustedNote({ reason }: { readonly reason: Localized }) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  return (
    <Section title={t.trustedTitle}>
      <p className={styles.body}>{reason[language]}</p>
    </Section>
  );
}
