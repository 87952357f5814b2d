import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Imitation, Level, SenderSummary } from "../../../core";
import { useStrings } from "../../i18n/language";
import { revealHidden } from "../../text/reveal-hidden";
import { Section } from "../Section/Section";

const useStyles = makeStyles({
  list: { margin: 0, display: "grid", rowGap: tokens.spacingVerticalXS },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: "anywhere" },
  address: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontFamily: tokens.fontFamilyMonospace,
    // Keep the address left-to-right even when the mail smuggles right-to-left text into it.
    direction: "ltr",
    unicodeBidi: "isolate",
  },
  domain: {
    fontWeight: tokens.fontWeightBold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: tokens.spacingHorizontalXXS,
  },
  // The address wraps after the "@" when it must, so the domain reads whole.
  part: { display: "inline-block", maxWidth: "100%" },
  alarming: { color: tokens.colorPaletteRedForeground1 },
  genuine: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

function splitAddress(address: string): { readonly local: string; readonly domain: string } {
  const at = address.lastIndexOf("@");
  return at < 0 ? { local: address, domain: "" } : { local: address.slice(0, at + 1), domain: address.slice(at + 1) };
}

/** The display name beside the real address (domain highlighted) and, when imitated, the genuine domains. */
export function SenderCard({
  sender,
  imitates,
  level,
}: {
  readonly sender: SenderSummary;
  readonly imitates?: Imitation;
  readonly level: Level;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { local, domain } = splitAddress(sender.address);
  const alarming = level === "danger" || level === "caution";
  return (
    <Section title={t.senderHeading}>
      <dl className={styles.list}>
        <dt className={styles.label}>{t.displayNameLabel}</dt>
        <dd className={styles.value}>{sender.displayName === "" ? t.none : revealHidden(sender.displayName)}</dd>
        <dt className={styles.label}>{t.addressLabel}</dt>
        <dd className={mergeClasses(styles.value, styles.address)} data-real-address>
          {sender.address === "" ? (
            t.unreadable
          ) : (
            <>
              <span className={styles.part}>{revealHidden(local)}</span>
              <strong className={mergeClasses(styles.part, styles.domain, alarming && styles.alarming)}>
                {revealHidden(domain)}
              </strong>
            </>
          )}
        </dd>
        {imitates && imitates.genuineDomains.length > 0 ? (
          <>
            <dt className={styles.label}>{t.genuineFor(imitates.name)}</dt>
            <dd className={mergeClasses(styles.value, styles.genuine)}>
              {imitates.genuineDomains.map((d) => `@${d}`).join(t.listSeparator)}
            </dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}
