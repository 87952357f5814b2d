import { useEffect, useState } from "react";
import { Button, FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Language, MessageFacts, Policy, Verdict } from "../core";
import type { FetchLike } from "../office/policy-fetch";
import { trainingStrings, type TrainingStrings } from "./strings";
import type { Answer, TrainingRound } from "../core/drill/rounds";

type Core = typeof import("./training-core");

const useStyles = makeStyles({
  root: {
    maxWidth: "40rem",
    margin: "0 auto",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  mail: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  result: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  drill: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function MailCard({ facts, t }: { readonly facts: MessageFacts; readonly t: TrainingStrings }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    [t.displayName, facts.from?.name ?? ""],
    [t.address, facts.from?.address ?? ""],
    [t.subject, facts.subject],
    [t.attachments, facts.attachments.map((a) => a.name).join(", ") || t.none],
  ];
  return (
    <dl className={styles.mail}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Explanation({
  verdict,
  language,
  t,
}: {
  readonly verdict: Verdict;
  readonly language: Language;
  readonly t: TrainingStrings;
}) {
  const styles = useStyles();
  const reasons = verdict.findings.filter((f) => f.severity !== "info" || f.rule === "trusted-sender");
  return (
    <>
      <p>
        {t.paneSays} <strong data-level={verdict.level}>{t.level[verdict.level]}</strong> — {verdict.headline[language]}
      </p>
      {reasons.length > 0 ? (
        <ul className={styles.list}>
          {reasons.map((f, i) => (
            <li key={i}>{f.message[language]}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export type TrainingAppProps = {
  readonly initialLanguage: Language;
  /** location.hash: a drill mail's link describes the mail there (see core/drill/training-link.ts). */
  readonly hash: string;
  readonly baseUrl: string;
  readonly fetchFn?: FetchLike;
};

/** 「本物？なりすまし？」: ten rounds from the policy's names, judged by the real core. */
export function TrainingApp({ initialLanguage, hash, baseUrl, fetchFn }: TrainingAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [loaded, setLoaded] = useState<{ core: Core; policy: Policy; rounds: TrainingRound[] } | undefined>();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answer[]>([]);
  const t = trainingStrings[language];

  useEffect(() => {
    let live = true;
    void import("./training-core").then(async (core) => {
      const policy = await core.loadPolicyForTraining(baseUrl, fetchFn);
      if (live) setLoaded({ core, policy, rounds: core.trainingRounds(policy) });
    });
    return () => {
      live = false;
    };
  }, [baseUrl, fetchFn]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const content = (() => {
    if (!loaded) return <Spinner label={t.loading} />;
    const { core, policy, rounds } = loaded;
    const drill = core.readTrainingLink(hash);
    const total = rounds.length;
    const done = answers.length === total && index >= total;
    const round = rounds[index];
    const answered = answers.length > index;
    const score = answers.filter((a, i) => a === rounds[i]?.answer).length;
    return (
      <>
        {drill ? (
          <section className={styles.drill} aria-labelledby="drill-title">
            <h2 id="drill-title">{t.drillTitle}</h2>
            <p>{t.drillBody}</p>
            <MailCard facts={core.drillLinkToFacts(drill)} t={t} />
            <Explanation verdict={core.analyze(core.drillLinkToFacts(drill), policy)} language={language} t={t} />
          </section>
        ) : null}
        <p>{t.intro}</p>
        {done ? (
          <section aria-labelledby="score-title" className={styles.result}>
            <h2 id="score-title">{t.score(score, total)}</h2>
            <Button
              onClick={() => {
                setAnswers([]);
                setIndex(0);
              }}
            >
              {t.again}
            </Button>
          </section>
        ) : round ? (
          <section aria-labelledby="round-title">
            <h2 id="round-title">{t.round(index + 1, total)}</h2>
            <MailCard facts={round.facts} t={t} />
            <div className={styles.buttons} role="group" aria-label={t.title}>
              {(["genuine", "impersonation"] as const).map((choice) => (
                <Button
                  key={choice}
                  appearance={answered && answers[index] === choice ? "primary" : "secondary"}
                  disabledFocusable={answered}
                  onClick={() => {
                    setAnswers([...answers, choice]);
                  }}
                >
                  {t[choice]}
                </Button>
              ))}
            </div>
            {answered ? (
              <div className={styles.result} role="status">
                <p>
                  <strong>{answers[index] === round.answer ? t.correct : t.wrong}</strong> {t[round.answer]} —{" "}
                  {round.lesson[language]}
                </p>
                <Explanation verdict={core.analyze(round.facts, policy)} language={language} t={t} />
                <Button
                  appearance="primary"
                  autoFocus
                  onClick={() => {
                    setIndex(index + 1);
                  }}
                >
                  {index + 1 === total ? t.finish : t.next}
                </Button>
              </div>
            ) : null}
          </section>
        ) : null}
      </>
    );
  })();

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.root}>
        <div className={styles.buttons}>
          <h1 style={{ margin: 0, flexGrow: 1 }}>{t.title}</h1>
          <Button
            appearance="subtle"
            lang={language === "ja" ? "en" : "ja"}
            onClick={() => {
              setLanguage(language === "ja" ? "en" : "ja");
            }}
          >
            {t.language}
          </Button>
        </div>
        {content}
      </main>
    </FluentProvider>
  );
}
