import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Level } from "../../../core";
import { useStrings } from "../../i18n/language";
import type { Strings } from "../../i18n/strings";
import { Phrased } from "../Phrased/Phrased";

const useStyles = makeStyles({
  root: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  danger: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  caution: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  unknown: { borderInlineStartColor: tokens.colorNeutralStrokeAccessible },
  safe: { borderInlineStartColor: tokens.colorStatusSuccessBorderActive },
});

export function nowLineText(level: Level, addressShown: boolean, t: Strings): string {
  if (level === "unknown" && !addressShown) return t.nowLine.unknownNoAddress;
  return t.nowLine[level];
}

/** The one thing to do now, in the level's words, right under the banner. */
export function NowLine({ level, addressShown }: { readonly level: Level; readonly addressShown: boolean }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <p className={mergeClasses(styles.root, styles[level])} data-now-line={level}>
      <Phrased text={nowLineText(level, addressShown, t)} />
    </p>
  );
}
