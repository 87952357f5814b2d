import { useId, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Level, Policy } from "../../../core";
import { useLanguage, useStrings } from "../../i18n/language";
import { stepsFor } from "../../../core/policy/steps";
import { Phrased } from "../Phrased/Phrased";
import { Section } from "../Section/Section";
import { VisuallyHidden } from "../VisuallyHidden/VisuallyHidden";

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  opened: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  links: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  toggle: { alignSelf: "flex-start" },
  // A plain anchor styled from the theme: Fluent's Link adds 1.4 KB gzip to the pane for the same look.
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

/**
 * The organisation's steps for the level (danger: delete; caution: confirm by phone first;
 * unknown: check before opening), from the policy or built in; calm advice for a mail with no
 * signs, since "delete the whole mail" would be wrong there. The incident checklist with the policy's links (policy URLs only; nothing from the mail
 * is ever made clickable) stays behind its button on every level.
 */
export function WhatToDo({ policy, level }: { readonly policy: Policy; readonly level: Level }) {
  const t = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const openedHeadingId = useId();
  return (
    <Section title={t.stepsHeading}>
      <ol className={styles.steps}>
        {(level === "safe" ? t.calmSteps.safe : stepsFor(policy, level).map((step) => step[language])).map(
          (step, i) => (
            <li key={i}>
              <Phrased text={step} />
            </li>
          ),
        )}
      </ol>
      <Button
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {t.openedButton}
      </Button>
      <div id={panelId} hidden={!open}>
        {open ? (
          <section aria-labelledby={openedHeadingId} className={styles.opened}>
            <h3 id={openedHeadingId} className={styles.subheading}>
              {t.openedHeading}
            </h3>
            <ol className={styles.steps}>
              {stepsFor(policy, "opened").map((step, i) => (
                <li key={i}>
                  <Phrased text={step[language]} />
                </li>
              ))}
            </ol>
            {policy.links.length > 0 ? (
              <>
                <h3 className={styles.subheading}>{t.linksHeading}</h3>
                <ul className={styles.links}>
                  {policy.links.map((link) => (
                    <li key={link.url}>
                      <a className={styles.link} href={link.url} target="_blank" rel="noopener noreferrer">
                        {link.label[language]}
                        <VisuallyHidden> {t.opensInNewWindow}</VisuallyHidden>
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}
      </div>
    </Section>
  );
}
