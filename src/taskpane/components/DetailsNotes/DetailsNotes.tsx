import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../core";
import { useLanguage, useStrings } from "../../i18n/language";
import { glossary } from "../../i18n/reason-strings";
import { Phrased } from "../Phrased/Phrased";

const useStyles = makeStyles({
  root: {
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    paddingBlock: tokens.spacingVerticalXXS,
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  list: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  subheading: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  terms: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalXXS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  meaning: { margin: 0 },
});

/** The technical words used in these texts, in glossary order. */
export function termsIn(texts: readonly string[]): typeof glossary {
  return glossary.filter((entry) => texts.some((text) => entry.pattern.test(text)));
}

/**
 * Notes that never raise the level (authentication passed, a relay in another domain) and the
 * technical words on the pane explained, folded under 「詳細」 so they do not stand between the
 * reader and the steps.
 */
export function DetailsNotes({
  notes,
  texts,
}: {
  readonly notes: readonly Finding[];
  readonly texts: readonly string[];
}) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const noteTexts = notes.map((note) => note.message[language]);
  const terms = termsIn([...texts, ...noteTexts]);
  if (notes.length === 0 && terms.length === 0) return null;
  return (
    <details className={styles.root} data-details>
      <summary className={styles.summary}>{t.detailsSummary}</summary>
      {notes.length > 0 ? (
        <ul className={styles.list}>
          {noteTexts.map((text, i) => (
            <li key={i}>
              <Phrased text={text} />
            </li>
          ))}
        </ul>
      ) : null}
      {terms.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t.termsHeading}</h4>
          <dl className={styles.terms}>
            {terms.map((entry) => (
              <div key={entry.term}>
                <dt className={styles.term}>{entry.term}</dt>
                <dd className={styles.meaning}>
                  <Phrased text={entry.meaning[language]} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </details>
  );
}
