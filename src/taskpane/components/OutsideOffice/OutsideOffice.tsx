import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n/language";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  body: { margin: 0 },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  detail: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
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

/**
 * Outlook opened the pane but Office.js did not load or did not get ready in time: the mail is
 * unchecked, and the user learns what to try and what to tell the administrator.
 */
export function OfficeDidNotStart({ reason }: { readonly reason: "officeMissing" | "timedOut" }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <main className={styles.root} data-start-failed={reason}>
      <h1 className={styles.title}>{t.officeDidNotStartTitle}</h1>
      <p className={styles.body}>{t.officeDidNotStartBody}</p>
      <h2 className={styles.subtitle}>{t.officeDidNotStartTryHeading}</h2>
      <ul className={styles.body}>
        {t.officeDidNotStartTry.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <h2 className={styles.subtitle}>{t.officeDidNotStartAdminHeading}</h2>
      <p className={styles.body}>{t.officeDidNotStartAdmin}</p>
      <p className={styles.detail}>
        {t.readFailedDetail(reason === "officeMissing" ? t.officeMissingDetail : t.officeTimedOutDetail)}
      </p>
    </main>
  );
}
