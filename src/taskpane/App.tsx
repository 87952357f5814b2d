import { useEffect, useRef } from "react";
import {
  AriaLiveAnnouncer,
  FluentProvider,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  useAnnounce,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { PanePort } from "../pane-port/pane-port";
import type { CoreApi } from "./core-loader";
import { useDeferredParts } from "./hooks/useDeferredParts";
import { useMessageVerdict, type VerdictView } from "./hooks/useMessageVerdict";
import { usePinHint } from "./hooks/usePinHint";
import { LanguageContext, useLanguage, useStrings } from "./i18n/language";
import type { Strings } from "./i18n/strings";
import { PolicyAbout } from "./components/PolicyAbout/PolicyAbout";
import { PolicyNotice } from "./components/PolicyNotice/PolicyNotice";
import { TrainingLink } from "./components/TrainingLink/TrainingLink";
import { VerdictBanner } from "./components/VerdictBanner/VerdictBanner";

export type AppProps = {
  readonly host: PanePort;
  /** Where the detection library comes from; the default loads it as a separate chunk. */
  readonly loadCore?: () => Promise<CoreApi>;
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  // Japanese breaks between phrases, never inside a word: Chromium and Edge WebView2 read
  // auto-phrase; other browsers keep the fallback, keep-all, and break where <Phrased> marks
  // the phrases. An address or file name longer than the line still wraps (overflow-wrap).
  japanese: {
    wordBreak: ["keep-all", "auto-phrase"] as unknown as "keep-all",
    lineBreak: "strict",
    overflowWrap: "anywhere",
  },
  // English lines break at spaces; a Japanese name quoted in them stays whole.
  english: { wordBreak: "keep-all", overflowWrap: "anywhere" },
  message: { margin: 0, color: tokens.colorNeutralForeground2 },
  detail: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

function headlineOf(view: VerdictView, language: "ja" | "en", t: Strings): { key: number; text: string } | null {
  if (view.status === "ready") return { key: view.run, text: view.verdict.headline[language] };
  if (view.status === "error") return { key: view.run, text: t.readFailedHeadline };
  return null;
}

/** Says each new verdict's headline once through the live region. */
function useAnnounceHeadline(headline: { key: number; text: string } | null): void {
  const { announce } = useAnnounce();
  const announceRef = useRef(announce);
  useEffect(() => {
    announceRef.current = announce;
  }, [announce]);
  const key = headline?.key;
  const text = headline?.text;
  useEffect(() => {
    if (key !== undefined && text !== undefined) announceRef.current(text, { batchId: "verdict" });
  }, [key, text]);
}

/** The pane's content; expects the language context and an announcer above it. */
export function Pane({ host, loadCore }: AppProps) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const { view, policy } = useMessageVerdict(host, loadCore);
  const pinHint = usePinHint(host);
  const deferred = useDeferredParts();
  useAnnounceHeadline(headlineOf(view, language, t));
  const parts = deferred.status === "ready" ? deferred.parts : undefined;

  return (
    <main
      className={mergeClasses(styles.root, language === "ja" ? styles.japanese : styles.english)}
      aria-label={t.paneLabel}
      aria-busy={view.status === "loading" || (view.status === "ready" && deferred.status === "loading")}
    >
      {/* First: an admin must not miss that the pane runs on a fallback or another organisation's policy. */}
      {policy ? <PolicyNotice source={policy.source} policy={policy.policy} userAddress={host.userAddress} /> : null}
      {view.status === "loading" ? <Spinner label={t.loading} /> : null}
      {view.status === "noItem" ? <p className={styles.message}>{t.noItem}</p> : null}
      {view.status === "error" ? (
        <>
          <VerdictBanner level="unknown" headline={t.readFailedHeadline} />
          <p className={styles.detail}>{t.readFailedDetail(view.detail)}</p>
        </>
      ) : null}
      {view.status === "ready" && policy && parts ? (
        <parts.VerdictDetails key={view.run} host={host} verdict={view.verdict} policy={policy.policy} />
      ) : null}
      {/* The details come in their own chunk, loaded alongside the core; if it never comes, the verdict still shows. */}
      {view.status === "ready" && deferred.status === "loading" ? <Spinner label={t.loading} /> : null}
      {view.status === "ready" && deferred.status === "failed" ? (
        <>
          <VerdictBanner level={view.verdict.level} headline={view.verdict.headline[language]} />
          <p className={styles.detail}>{t.detailsFailed}</p>
        </>
      ) : null}
      {/* After the verdict and its actions: on a dangerous mail the warning and the steps come first. */}
      {pinHint.visible && parts ? <parts.PinHint onDismiss={pinHint.dismiss} /> : null}
      {policy ? <PolicyAbout loaded={policy} /> : null}
      <TrainingLink />
    </main>
  );
}

/** The task pane: theme and language from the host, an announcer near the root, then the pane. */
export function App({ host, loadCore }: AppProps) {
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} lang={host.language}>
      <LanguageContext value={host.language}>
        <AriaLiveAnnouncer>
          <Pane host={host} {...(loadCore ? { loadCore } : {})} />
        </AriaLiveAnnouncer>
      </LanguageContext>
    </FluentProvider>
  );
}
