import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n/language";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  body: { margin: 0 },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

/** The page was opened in a plain browser: nothing to check, so say where it belongs. */
export function OutsideOffice() {
  const t = useStrings();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t.outsideTitle}</h1>
      <p className={styles.body}>{t.outsideBody}</p>
    </main>
  );
}

/** The Office host could not be created: no verdict at all, so say so plainly (never a quiet blank pane). */
export function StartFailed({ detail }: { readonly detail: string }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t.startFailedTitle}</h1>
      <p className={styles.body}>{t.startFailedBody}</p>
      <p className={styles.detail}>{t.readFailedDetail(detail)}</p>
    </main>
  );
}
