import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CharDiff, EvidenceDiff } from "../../../core";
import { useStrings } from "../../i18n/language";
import { revealHidden } from "../../text/reveal-hidden";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200 },
  text: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", direction: "ltr", unicodeBidi: "isolate" },
  mark: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    fontWeight: tokens.fontWeightBold,
    textDecorationLine: "underline",
  },
});

/**
 * True when every diff's `seen` text sits at its index (code points) in `text`. Marking is only
 * drawn then; a diff that does not fit its evidence value still gets the list of changes.
 */
export function diffFits(text: string, diffs: readonly CharDiff[]): boolean {
  const chars = Array.from(text);
  return (
    text !== "" && diffs.every((d) => chars.slice(d.index, d.index + Array.from(d.seen).length).join("") === d.seen)
  );
}

function genuineOf(text: string, diffs: readonly CharDiff[]): string {
  const chars = Array.from(text);
  const byIndex = new Map(diffs.map((d) => [d.index, d]));
  let out = "";
  for (let i = 0; i < chars.length;) {
    const diff = byIndex.get(i);
    if (diff) {
      out += diff.genuine;
      i += Math.max(1, Array.from(diff.seen).length);
    } else {
      out += chars[i] ?? "";
      i += 1;
    }
  }
  return out;
}

function marked(text: string, diffs: readonly CharDiff[], markClass: string): ReactNode[] {
  const chars = Array.from(text);
  const byIndex = new Map(diffs.map((d) => [d.index, d]));
  const nodes: ReactNode[] = [];
  let plain = "";
  for (let i = 0; i < chars.length;) {
    const diff = byIndex.get(i);
    if (diff && diff.seen !== "") {
      if (plain !== "") nodes.push(plain);
      plain = "";
      nodes.push(
        <mark key={i} className={markClass}>
          {revealHidden(diff.seen)}
        </mark>,
      );
      i += Array.from(diff.seen).length;
    } else {
      plain += revealHidden(chars[i] ?? "");
      i += 1;
    }
  }
  if (plain !== "") nodes.push(plain);
  return nodes;
}

/** A lookalike string with its differing characters marked, the genuine form, and the changes in words. */
export function LookalikeText({
  evidence,
  diff,
}: {
  readonly evidence: Readonly<Record<string, string>>;
  readonly diff: EvidenceDiff;
}) {
  const t = useStrings();
  const styles = useStyles();
  const diffs = diff.changes;
  if (diffs.length === 0) return null;
  const value = evidence[diff.evidence];
  const text = value !== undefined && diffFits(value, diffs) ? value : undefined;
  const changes = diffs
    .map((d) => t.lookalikeChange(revealHidden(d.seen), revealHidden(d.genuine)))
    .join(t.listSeparator);
  return (
    <div className={styles.root}>
      {text !== undefined ? (
        <span>
          {t.lookalikeLabel}
          {t.labelSeparator}
          <span className={styles.text}>{marked(text, diffs, styles.mark)}</span>
          {t.parenOpen}
          {t.lookalikeGenuine}
          {t.labelSeparator}
          <span className={styles.text}>{revealHidden(genuineOf(text, diffs))}</span>
          {t.parenClose}
        </span>
      ) : null}
      <span>
        {t.lookalikeChanges}
        {t.labelSeparator}
        <span className={styles.text}>{changes}</span>
      </span>
    </div>
  );
}
