import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, FindingSubject, SenderSummary, Severity } from "../../../core";
import { extraEvidence, findingKey, groupFindings, type ReasonCard } from "../../findings/group";
import { useLanguage, useStrings } from "../../i18n/language";
import { fill, shortLines } from "../../i18n/reason-strings";
import type { Strings } from "../../i18n/strings";
import { revealHidden } from "../../text/reveal-hidden";
import { DetailsNotes } from "../DetailsNotes/DetailsNotes";
import { LookalikeText } from "../LookalikeText/LookalikeText";
import { Phrased } from "../Phrased/Phrased";
import { Section } from "../Section/Section";
// The order module holds only the severity table (no detection code), so the pane's first chunk stays small.

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  strong: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  medium: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  weak: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  info: { borderInlineStartColor: tokens.colorNeutralStroke2 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  severity: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  sentence: { margin: 0 },
  more: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  evidence: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function titleOf(subject: FindingSubject, t: Strings): string {
  return subject.kind === "attachment"
    ? t.subjectTitle.attachment(revealHidden(subject.file))
    : t.subjectTitle[subject.kind];
}

/** The finding as a short line on its card, or its full sentence when there is no short form. */
export function shortLine(finding: Finding, language: "ja" | "en"): string {
  const template = shortLines[findingKey(finding)];
  return template ? fill(template, language, finding.evidence) : finding.message[language];
}

function EvidenceLine({
  finding,
  sentence,
  shownAbove,
}: {
  readonly finding: Finding;
  readonly sentence: string;
  readonly shownAbove: readonly string[];
}) {
  const t = useStrings();
  const styles = useStyles();
  const parts: string[] = [];
  for (const [key, value] of extraEvidence(finding, sentence, shownAbove)) {
    const label = t.evidenceKeys[key];
    if (label !== undefined) parts.push(`${label}${t.labelSeparator}${revealHidden(value)}`);
  }
  if (parts.length === 0) return null;
  return <p className={styles.evidence}>{parts.join(" / ")}</p>;
}

function Card({ card, sender }: { readonly card: ReasonCard; readonly sender: SenderSummary }) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const severityClass: Record<Severity, string> = {
    strong: styles.strong,
    medium: styles.medium,
    weak: styles.weak,
    info: styles.info,
  };
  const { lead } = card;
  const sentence = lead.message[language];
  const shownAbove = [
    sender.displayName,
    sender.address,
    ...(card.subject.kind === "attachment" ? [card.subject.file] : []),
  ];
  return (
    <li className={mergeClasses(styles.card, severityClass[lead.severity])} data-subject={card.key}>
      <h3 className={styles.title}>
        {titleOf(card.subject, t)}
        <span className={styles.severity}>{t.parenthesised(t.severity[lead.severity])}</span>
      </h3>
      <p className={styles.sentence}>
        <Phrased text={sentence} />
      </p>
      <EvidenceLine finding={lead} sentence={sentence} shownAbove={shownAbove} />
      {lead.diff ? <LookalikeText evidence={lead.evidence} diff={lead.diff} /> : null}
      {card.more.length > 0 ? (
        <ul className={styles.more}>
          {card.more.map((finding, i) => (
            <li key={`${findingKey(finding)}:${i}`}>
              <Phrased text={shortLine(finding, language)} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** One card per subject (the sender, each attachment, the links, the wording), strongest first; notes folded below. */
export function FindingList({
  findings,
  sender,
}: {
  readonly findings: readonly Finding[];
  readonly sender: SenderSummary;
}) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const { cards, notes } = groupFindings(findings);
  const shownTexts = cards.flatMap((card) => [
    card.lead.message[language],
    ...card.more.map((f) => shortLine(f, language)),
  ]);
  return (
    <Section title={t.findingsHeading}>
      {cards.length === 0 ? (
        <p className={styles.empty}>{t.noFindings}</p>
      ) : (
        <ul className={styles.list}>
          {cards.map((card) => (
            <Card key={card.key} card={card} sender={sender} />
          ))}
        </ul>
      )}
      <DetailsNotes notes={notes} texts={shownTexts} />
    </Section>
  );
}
