import { useRef, type ChangeEvent } from "react";
import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { PlaygroundStrings } from "./strings";
import { choosePolicy, type PolicyChoice } from "./files";

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase400 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  status: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
  issues: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
    color: tokens.colorPaletteRedForeground1,
  },
  field: { fontFamily: tokens.fontFamilyMonospace },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

export type PolicyPanelProps = {
  readonly strings: PlaygroundStrings;
  readonly policy: PolicyChoice;
  readonly onPolicy: (policy: PolicyChoice) => void;
};

/** Loads the organisation's own policy file and shows every field error the validator finds. */
export function PolicyPanel({ strings: t, policy, onPolicy }: PolicyPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement | null>(null);

  const onChosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    void file.text().then((text) => {
      onPolicy(choosePolicy(file.name, text));
    });
  };

  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading" className={styles.heading}>
        {t.policy}
      </h2>
      <p className={styles.status} data-policy-status={policy.kind}>
        {policy.kind === "default"
          ? t.policyDefault
          : policy.kind === "loaded"
            ? t.policyLoaded(policy.name)
            : t.policyInvalid(policy.name)}
      </p>
      <div className={styles.row}>
        <input
          ref={input}
          id="policy-input"
          className={styles.hidden}
          aria-label={t.loadPolicy}
          tabIndex={-1}
          type="file"
          accept=".json,application/json"
          onChange={onChosen}
        />
        <Button onClick={() => input.current?.click()}>{t.loadPolicy}</Button>
        {policy.kind !== "default" ? (
          <Button
            onClick={() => {
              onPolicy({ kind: "default" });
            }}
          >
            {t.useDefaultPolicy}
          </Button>
        ) : null}
        <Link href="policy.json" target="_blank">
          {t.downloadDefault}
        </Link>
      </div>
      {policy.kind === "invalid" ? (
        <ul className={styles.issues} data-policy-issues="">
          {policy.issues.map((issue) => (
            <li key={`${issue.field}:${issue.message}`}>
              <span className={styles.field}>{issue.field}</span>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
