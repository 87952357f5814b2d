import { makeStyles, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../../core";
import { useLanguage, useStrings } from "../../i18n/language";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  detail: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

/** What the verdict could not look at, so "no warning signs" is never read as "all checked". */
export function NotChecked({ verdict }: { readonly verdict: Verdict }) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  if (verdict.skipped.length === 0 && verdict.ruleFailures.length === 0) return null;
  return (
    <Section title={t.notCheckedHeading}>
      <ul className={styles.list}>
        {verdict.skipped.map((skipped) => (
          <li key={`skip:${skipped.part}`}>
            {skipped.message[language]}
            {skipped.detail !== undefined ? <span className={styles.detail}>{skipped.detail}</span> : null}
          </li>
        ))}
        {verdict.ruleFailures.map((failure) => (
          <li key={`fail:${failure.rule}`}>
            {t.ruleFailed(failure.rule)}
            <span className={styles.detail}>{failure.error}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
