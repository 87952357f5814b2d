import { Fragment, type ReactNode } from "react";
import { makeStyles } from "@fluentui/react-components";
import { useLanguage } from "../../i18n/language";
import { browserBreaksPhrases, japanesePhrases } from "../../text/phrases";

const useStyles = makeStyles({
  // An address or domain moves to the next line whole, and only wraps inside when longer than a line.
  token: { display: "inline-block", maxWidth: "100%", overflowWrap: "anywhere" },
});

/** Addresses, domains and file names: Latin runs (hyphens allowed) joined by dots or @. */
const technical = /[\p{L}\p{N}_+-]+(?:[.@][\p{L}\p{N}_+-]+)+/gu;
const latinOnly = /^[\x21-\x7e]+$/u;

function withTokens(text: string, tokenClass: string, phrased: (part: string, key: number) => ReactNode): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(technical)) {
    if (!latinOnly.test(match[0])) continue;
    const start = match.index;
    if (start > last) nodes.push(phrased(text.slice(last, start), last));
    nodes.push(
      <span key={`t${start}`} className={tokenClass}>
        {match[0]}
      </span>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) nodes.push(phrased(text.slice(last), last));
  return nodes;
}

/**
 * Text that breaks between phrases, never inside a word. Chromium and Edge WebView2 break
 * Japanese by phrase from the pane's `word-break: auto-phrase`; elsewhere the pane falls back to
 * `keep-all` and this marks the phrase boundaries with <wbr>. Addresses and domains are kept
 * whole, so 「westa-kawag0e.jp」 never splits at its hyphen.
 */
export function Phrased({ text }: { readonly text: string }) {
  const language = useLanguage();
  const styles = useStyles();
  const phrased = (part: string): ReactNode =>
    language !== "ja" || browserBreaksPhrases
      ? part
      : japanesePhrases(part).map((phrase, i) => (
          <Fragment key={i}>
            {i > 0 ? <wbr /> : null}
            {phrase}
          </Fragment>
        ));
  return (
    <>
      {withTokens(text, styles.token, (part, key) => (
        <Fragment key={key}>{phrased(part)}</Fragment>
      ))}
    </>
  );
}
