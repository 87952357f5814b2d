import { makeStyles, tokens } from "@fluentui/react-components";
import type { PolicySource } from "../../../core/policy/loaded";
import { useStrings } from "../../i18n/language";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  body: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/**
 * For administrators: the hosted policy was rejected and the built-in one is in use. Written
 * calmly because staff see it too, and the mail check itself still works.
 */
export function PolicyNotice({ source }: { readonly source: PolicySource }) {
  const t = useStrings();
  const styles = useStyles();
  if (source.kind !== "invalid") return null;
  return (
    <Section title={t.policyInvalidTitle} className={styles.root}>
      <p className={styles.body}>{t.policyInvalidBody(source.url)}</p>
      <ul className={styles.list}>
        {source.issues.map((issue, i) => (
          <li key={i}>{`${issue.field}: ${issue.message}`}</li>
        ))}
      </ul>
    </Section>
  );
}
