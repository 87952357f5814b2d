import {
  AnnounceProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
  type MessageBarProps,
} from "@fluentui/react-components";
import type { Level } from "../../../core";
import { useLanguage } from "../../i18n/language";
import { levelNames } from "../../i18n/strings";
import { Phrased } from "../Phrased/Phrased";

const intents: Readonly<Record<Level, NonNullable<MessageBarProps["intent"]>>> = {
  danger: "error",
  caution: "warning",
  safe: "success",
  unknown: "info",
};

// The pane announces the headline itself once per verdict; the bar's own mount announcement would repeat it.
const silent = { announce: () => undefined };

const useStyles = makeStyles({
  // The verdict outranks every card below it: a larger title and headline, and more room.
  bar: { paddingBlock: tokens.spacingVerticalS },
  title: { display: "block", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  headline: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  // A suspicious verdict gets a heavier edge than the cards' thin outline.
  alarm: {
    borderTopWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThick,
    borderBottomWidth: tokens.strokeWidthThick,
    borderLeftWidth: tokens.strokeWidthThick,
  },
  headlineAlarm: { fontWeight: tokens.fontWeightSemibold },
});

export function VerdictBanner({ level, headline }: { readonly level: Level; readonly headline: string }) {
  const language = useLanguage();
  const styles = useStyles();
  const alarming = level === "danger" || level === "caution";
  return (
    <AnnounceProvider value={silent}>
      <MessageBar
        intent={intents[level]}
        layout="multiline"
        data-verdict={level}
        className={mergeClasses(styles.bar, alarming && styles.alarm)}
      >
        <MessageBarBody>
          <MessageBarTitle className={styles.title}>{levelNames[level][language]}</MessageBarTitle>
          <span className={mergeClasses(styles.headline, alarming && styles.headlineAlarm)}>
            <Phrased text={headline} />
          </span>
        </MessageBarBody>
      </MessageBar>
    </AnnounceProvider>
  );
}
