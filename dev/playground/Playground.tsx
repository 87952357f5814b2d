import { useEffect, useMemo, useState } from "react";
import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ApiLevel } from "../standin-office/config";
import type { Language } from "../../src/core/model/verdict";
import { samples } from "./samples";
import { playgroundStrings } from "./strings";
import { toBase64, type PolicyChoice } from "./files";
import { usePaneFrame, type FrameSetup } from "./usePaneFrame";
import { MessageList, type ListedMessage } from "./MessageList";
import { PolicyPanel } from "./PolicyPanel";
import { OutlookSidePanel } from "./OutlookSidePanel";
import { errorText } from "../../src/core/text/error-text";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "1400px",
    margin: "0 auto",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(280px, 1fr) 380px minmax(240px, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 1000px)": { gridTemplateColumns: "1fr" },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  paneBox: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  paneHeading: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase300,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  frame: { display: "block", width: "100%", height: "900px", border: "none" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export type PlaygroundProps = {
  readonly initialLanguage: Language;
  readonly onLanguage: (language: Language) => void;
};

type Loaded =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly detail: string }
  | { readonly status: "ready"; readonly messages: readonly ListedMessage[] };

async function loadSamples(): Promise<ListedMessage[]> {
  return Promise.all(
    samples.map(async (sample) => {
      const response = await fetch(sample.url);
      if (!response.ok) throw new Error(`${sample.id}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        id: sample.id,
        title: sample.title,
        note: sample.note,
        emlBase64: toBase64(bytes),
        origin: "sample" as const,
      };
    }),
  );
}

export function Playground({ initialLanguage, onLanguage }: PlaygroundProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [dropped, setDropped] = useState<readonly ListedMessage[]>([]);
  const [selected, setSelected] = useState(0);
  const [apiLevel, setApiLevel] = useState<ApiLevel>("1.13");
  const [policy, setPolicy] = useState<PolicyChoice>({ kind: "default" });
  const t = playgroundStrings[language];

  useEffect(() => {
    loadSamples().then(
      (messages) => {
        setLoaded({ status: "ready", messages });
      },
      (error: unknown) => {
        setLoaded({ status: "failed", detail: errorText(error) });
      },
    );
  }, []);

  const messages = useMemo(
    () => [...(loaded.status === "ready" ? loaded.messages : []), ...dropped],
    [loaded, dropped],
  );
  const setup = useMemo<FrameSetup>(
    () => ({
      items: messages.map((m) => ({ emlBase64: m.emlBase64 })),
      apiLevel,
      language,
      ...(policy.kind === "default" ? {} : { policyText: policy.text }),
    }),
    [messages, apiLevel, language, policy],
  );
  const frame = usePaneFrame(setup, selected);

  const chooseLanguage = (value: string): void => {
    const next: Language = value === "en" ? "en" : "ja";
    setLanguage(next);
    onLanguage(next);
  };

  const addMessages = (added: readonly ListedMessage[]): void => {
    if (added.length === 0) return;
    setSelected(messages.length + added.length - 1);
    setDropped((previous) => [...previous, ...added]);
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.title}</h1>
        <Field label={t.language}>
          <RadioGroup
            layout="horizontal"
            value={language}
            onChange={(_, data) => {
              chooseLanguage(data.value);
            }}
          >
            <Radio value="ja" label="日本語" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
      </header>
      <MessageBar intent="info" layout="multiline" data-playground-notice="">
        <MessageBarBody>
          <MessageBarTitle>{t.notice}</MessageBarTitle>
          {t.noticeDetail}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.layout}>
        <div className={styles.column}>
          {loaded.status === "loading" ? <p>{t.loadingSamples}</p> : null}
          {loaded.status === "failed" ? <p role="alert">{t.samplesFailed(loaded.detail)}</p> : null}
          <MessageList
            strings={t}
            language={language}
            messages={messages}
            selected={selected}
            onSelect={setSelected}
            onAdd={addMessages}
          />
          <Field label={t.client}>
            <Select
              value={apiLevel}
              onChange={(_, data) => {
                setApiLevel(data.value === "1.5" || data.value === "1.8" ? data.value : "1.13");
              }}
            >
              <option value="1.13">{t.clientFull}</option>
              <option value="1.8">{t.clientOld}</option>
              <option value="1.5">{t.clientPhone}</option>
            </Select>
          </Field>
          <PolicyPanel strings={t} policy={policy} onPolicy={setPolicy} />
        </div>
        <section className={styles.paneBox} aria-labelledby="pane-heading">
          <h2 id="pane-heading" className={styles.paneHeading}>
            {t.paneTitle}
          </h2>
          <iframe
            ref={frame.setFrame}
            onLoad={frame.onFrameLoad}
            className={styles.frame}
            title={t.paneFrameLabel}
            data-pane-frame=""
          />
        </section>
        <div className={styles.column}>
          <OutlookSidePanel strings={t} side={frame.side} />
          <p className={styles.hint}>{t.needsServer}</p>
        </div>
      </div>
    </div>
  );
}
