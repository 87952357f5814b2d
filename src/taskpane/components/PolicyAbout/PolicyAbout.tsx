import { makeStyles, tokens } from "@fluentui/react-components";
import type { LoadedPolicy } from "../../../core/policy/loaded";
import { useStrings } from "../../i18n/language";

const useStyles = makeStyles({
  root: {
    margin: 0,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

/** One quiet line saying which policy the pane uses, so an admin can confirm the hosted one arrived. */
export function PolicyAbout({ loaded }: { readonly loaded: LoadedPolicy }) {
  const t = useStrings();
  const styles = useStyles();
  const { policy, source } = loaded;
  const organisation = `${policy.organization.names[0] ?? ""} (${policy.organization.domains.join(", ")})`;
  const from = source.kind === "hosted" ? t.aboutHosted(source.url) : t.aboutBuiltIn;
  return <p className={styles.root}>{t.aboutPolicy(organisation, policy.version, from)}</p>;
}
