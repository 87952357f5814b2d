import { makeStyles, tokens } from "@fluentui/react-components";
import type { Policy } from "../../../core/policy/schema";
import { policyFit } from "../../../core/policy/fit";
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
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
  },
});

/**
 * For administrators, at the top of the pane: the hosted policy was rejected and the built-in
 * one is in use, or the policy in use is another organisation's. Written calmly because staff
 * see it too, and the mail check itself still works.
 */
export function PolicyNotice({
  source,
  policy,
  userAddress,
}: {
  readonly source: PolicySource;
  readonly policy: Policy;
  readonly userAddress: string | null;
}) {
  const fit = policyFit(policy, userAddress);
  return (
    <>
      {source.kind === "invalid" ? <InvalidPolicy source={source} /> : null}
      {source.kind === "default" && source.reason !== undefined ? (
        <MissingPolicy policy={policy} reason={source.reason} />
      ) : null}
      {fit.ownOrganisation === false && fit.userDomain !== undefined ? (
        <OtherOrganisation policy={policy} userDomain={fit.userDomain} />
      ) : null}
    </>
  );
}

/** The hosted policy.json was looked for and not found (404, offline, too slow): the embedded one is in use. */
function MissingPolicy({ policy, reason }: { readonly policy: Policy; readonly reason: string }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Section title={t.policyMissingTitle} className={styles.root}>
      <p className={styles.body}>{t.policyMissingBody(policy.organization.names[0] ?? "", reason)}</p>
    </Section>
  );
}

function OtherOrganisation({ policy, userDomain }: { readonly policy: Policy; readonly userDomain: string }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Section title={t.otherOrganisationTitle} className={styles.root}>
      <p className={styles.body}>
        {t.otherOrganisationBody(
          policy.organization.names[0] ?? "",
          policy.organization.domains.join(", "),
          userDomain,
        )}
      </p>
    </Section>
  );
}

function InvalidPolicy({ source }: { readonly source: Extract<PolicySource, { kind: "invalid" }> }) {
  const t = useStrings();
  const styles = useStyles();
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
