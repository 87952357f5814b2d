import { AnnounceProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, type MessageBarProps } from "@fluentui/react-components";
import type { Level } from "../../../core";
import { useLanguage } from "../../i18n/language";
import { levelNames } from "../../i18n/strings";

const intents: Readonly<Record<Level, NonNullable<MessageBarProps["intent"]>>> = {
  danger: "error",
  caution: "warning",
  safe: "success",
  unknown: "info",
};

// The pane announces the headline itself once per verdict; the bar's own mount announcement would repeat it.
const silent = { announce: () => undefined };

const useStyles = makeStyles({
  headline: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
});

export function VerdictBanner({ level, headline }: { readonly level: Level; readonly headline: string }) {
  const language = useLanguage();
  const styles = useStyles();
  return (
    <AnnounceProvider value={silent}>
      <MessageBar intent={intents[level]} layout="multiline" data-verdict={level}>
        <MessageBarBody>
          <MessageBarTitle>{levelNames[level][language]}</MessageBarTitle>
          <span className={styles.headline}>{headline}</span>
        </MessageBarBody>
      </MessageBar>
    </AnnounceProvider>
  );
}
