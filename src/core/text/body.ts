import type { MessageFacts } from "../model/facts";
import { htmlToText } from "./html";

const cache = new WeakMap<MessageFacts, string>();

/**
 * The body as a reader sees it: the plain-text body, or the HTML body's visible text when the
 * host gave only HTML. Computed once per message (several rules read it).
 */
export function visibleBody(facts: MessageFacts): string {
  const known = cache.get(facts);
  if (known !== undefined) return known;
  const text =
    facts.bodyText.trim() !== "" || facts.bodyHtml === undefined ? facts.bodyText : htmlToText(facts.bodyHtml);
  cache.set(facts, text);
  return text;
}
