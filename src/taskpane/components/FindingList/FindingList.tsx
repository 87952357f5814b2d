import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../../core";
import { useLanguage, useStrings } from "../../i18n/language";
import { revealHidden } from "../../text/reveal-hidden";
import { LookalikeText } from "../LookalikeText/LookalikeText";
import { Section } from "../Section/Section";
// The order module holds only the severity table (no detection code), so the pane's first chunk stays small.
import { severityRank } from "../../../core/engine/level";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
  },
  strong: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  medium: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  weak: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  info: { borderInlineStartColor: tokens.colorNeutralStroke2 },
  severity: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  evidence: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * Strongest first, in the core's own severity order; the core already sorts, this keeps the pane
 * right for any verdict it is given.
 */
function strongestFirst(findings: readonly Finding[]): readonly Finding[] {
  return [...findings].sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
}

function EvidenceLine({ evidence }: { readonly evidence: Readonly<Record<string, string>> }) {
  const t = useStrings();
  const styles = useStyles();
  const parts: string[] = [];
  for (const [key, value] of Object.entries(evidence)) {
    const label = t.evidenceKeys[key];
    if (label !== undefined && value !== "") parts.push(`${label}: ${revealHidden(value)}`);
  }
  if (parts.length === 0) return null;
  return <p className={styles.evidence}>{parts.join(" / ")}</p>;
}

/** One line per finding, strongest first. */
export function FindingList({ findings }: { readonly findings: readonly Finding[] }) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const severityClass: Record<Severity, string> = { strong: styles.strong, medium: styles.medium, weak: styles.weak, info: styles.info };
  return (
    <Section title={t.findingsHeading}>
      {findings.length === 0 ? (
        <p className={styles.empty}>{t.noFindings}</p>
      ) : (
        <ul className={styles.list}>
          {strongestFirst(findings).map((finding, i) => (
            <li key={`${finding.rule}:${finding.messageId}:${i}`} className={mergeClasses(styles.item, severityClass[finding.severity])}>
              <span className={styles.severity}>{t.severity[finding.severity]}</span>
              <span>{finding.message[language]}</span>
              <EvidenceLine evidence={finding.evidence} />
              {finding.diff ? <LookalikeText evidence={finding.evidence} diff={finding.diff} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
