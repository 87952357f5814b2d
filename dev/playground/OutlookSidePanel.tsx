import { makeStyles, tokens } from "@fluentui/react-components";
import type { PlaygroundStrings } from "./strings";
import type { OutlookSide } from "./usePaneFrame";

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase400 },
  label: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
  bar: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
  },
  error: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** What Outlook shows around the pane, as the stand-in recorded it: the notification bar and the report form. */
export function OutlookSidePanel({
  strings: t,
  side,
}: {
  readonly strings: PlaygroundStrings;
  readonly side: OutlookSide;
}) {
  const styles = useStyles();
  const report = side.lastReport;
  return (
    <section aria-labelledby="outlook-heading">
      <h2 id="outlook-heading" className={styles.heading}>
        {t.outlookSide}
      </h2>
      <p className={styles.label}>{t.notificationBar}</p>
      <div aria-live="polite" data-outlook-notifications="">
        {side.notifications.length === 0 ? <p className={styles.muted}>{t.noNotification}</p> : null}
        {side.notifications.map((n) => (
          <p key={n.key} className={n.type === "errorMessage" ? `${styles.bar} ${styles.error}` : styles.bar}>
            {n.message}
          </p>
        ))}
      </div>
      <p className={styles.label}>{t.reportForm}</p>
      {report ? (
        <p className={styles.bar} data-outlook-report="">
          {t.reportTo(
            report.toRecipients.join(", "),
            report.attachments.map((a) => `${a.name} (${a.type})`).join(", "),
          )}
          <br />
          {report.subject}
        </p>
      ) : (
        <p className={styles.muted}>{t.noReportForm}</p>
      )}
    </section>
  );
}
