import type { LinkFact } from "../model/facts";
import { decodeEntities } from "./entities";

/**
 * A hand-written, forward-only HTML scanner: every character is looked at a bounded number of
 * times, so a 10 MB body or 10,000 anchors stay linear (regexes with lazy quantifiers over
 * mail HTML can blow up). It is not a full HTML5 parser; it is enough to read what a reader
 * sees: text, anchor text and hrefs. Script, style and title contents are never shown.
 */

type Visitor = {
  readonly text: (raw: string) => void;
  readonly startTag: (name: string, href: string | undefined) => void;
  readonly endTag: (name: string) => void;
};

/** Elements whose content is not markup and not visible in a mail body. */
const hiddenContent = new Set(["script", "style", "title", "template", "noscript"]);

/** Elements that break a line in what the reader sees. */
const blockTags = new Set([
  "br",
  "p",
  "div",
  "tr",
  "li",
  "ul",
  "ol",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "dt",
  "dd",
  "center",
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Case-insensitive search for an end tag such as "</script" followed by space, "/" or ">". */
function findEndTag(html: string, name: string, from: number): number {
  let i = html.indexOf("</", from);
  while (i >= 0) {
    const candidate = html.slice(i + 2, i + 2 + name.length).toLowerCase();
    const after = html.charCodeAt(i + 2 + name.length);
    if (candidate === name && (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62)) return i;
    i = html.indexOf("</", i + 2);
  }
  return -1;
}

type TagScan = { readonly end: number; readonly name: string; readonly href?: string };

/** Reads a start or end tag beginning at "<"; `end` is the index after its ">". */
function scanTag(html: string, lt: number, closing: boolean): TagScan {
  let i = lt + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i += 1;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  let href: string | undefined;
  while (i < html.length) {
    let c = html.charCodeAt(i);
    if (c === 62) return { end: i + 1, name, ...(href !== undefined ? { href } : {}) };
    if (isSpace(c) || c === 47) {
      i += 1;
      continue;
    }
    const attrStart = i;
    while (i < html.length) {
      c = html.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 62 || c === 61) break;
      i += 1;
    }
    const attrName = html.slice(attrStart, i).toLowerCase();
    if (attrStart === i) i += 1; // a stray "=" in attribute-name position
    while (i < html.length && isSpace(html.charCodeAt(i))) i += 1;
    if (html.charCodeAt(i) !== 61) continue;
    i += 1;
    while (i < html.length && isSpace(html.charCodeAt(i))) i += 1;
    const quote = html.charCodeAt(i);
    let value: string;
    if (quote === 34 || quote === 39) {
      const close = html.indexOf(quote === 34 ? '"' : "'", i + 1);
      const stop = close < 0 ? html.length : close;
      value = html.slice(i + 1, stop);
      i = stop + 1;
    } else {
      const valueStart = i;
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i += 1;
      value = html.slice(valueStart, i);
    }
    // The first href wins, as in browsers.
    if (attrName === "href" && href === undefined) href = decodeEntities(value, true).trim();
  }
  return { end: html.length, name, ...(href !== undefined ? { href } : {}) };
}

function scan(html: string, visit: Visitor): void {
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) visit.text(html.slice(textStart, end));
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // <!-- comment -->, <!DOCTYPE …>, <?xml …?>
      flushText(lt);
      const isComment = html.startsWith("<!--", lt);
      const close = isComment ? html.indexOf("-->", lt + 4) : html.indexOf(">", lt + 2);
      i = close < 0 ? html.length : close + (isComment ? 3 : 1);
      textStart = i;
      continue;
    }
    const closing = next === 47;
    if (!(isLetter(next) || (closing && isLetter(html.charCodeAt(lt + 2))))) {
      i = lt + 1; // a bare "<" is text
      continue;
    }
    flushText(lt);
    const tag = scanTag(html, lt, closing);
    i = tag.end;
    textStart = i;
    if (closing) {
      visit.endTag(tag.name);
      continue;
    }
    visit.startTag(tag.name, tag.href);
    if (hiddenContent.has(tag.name)) {
      const endTag = findEndTag(html, tag.name, i);
      if (endTag < 0) {
        i = html.length;
      } else {
        const gt = html.indexOf(">", endTag);
        i = gt < 0 ? html.length : gt + 1;
      }
      textStart = i;
    }
  }
  flushText(html.length);
}

/** Collapses every run of whitespace (including no-break and ideographic spaces) to one space. */
function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, " ").trim();
}

const maxAnchorTextChars = 2000;

/**
 * Anchors with an href, in document order: the visible text (tags stripped, entities decoded,
 * whitespace collapsed) and the href (entities decoded, trimmed).
 *
 * @example extractLinks('<a href="https://evil.example/">https://westa-kawagoe.jp</a>')
 *   → [{ text: "https://westa-kawagoe.jp", href: "https://evil.example/" }]
 */
export function extractLinks(html: string): LinkFact[] {
  const links: LinkFact[] = [];
  let open: { href: string; parts: string[]; length: number } | undefined;
  const close = (): void => {
    if (open) links.push({ href: open.href, text: collapseSpaces(decodeEntities(open.parts.join(""))) });
    open = undefined;
  };
  const add = (raw: string): void => {
    if (!open || open.length >= maxAnchorTextChars) return;
    const piece = raw.slice(0, maxAnchorTextChars - open.length);
    open.parts.push(piece);
    open.length += piece.length;
  };
  scan(html, {
    text: add,
    startTag: (name, href) => {
      if (name === "a") {
        // Anchors do not nest: a new <a> closes the previous one, as browsers do.
        close();
        if (href !== undefined) open = { href, parts: [], length: 0 };
      } else if (blockTags.has(name) || name === "td" || name === "img") {
        add(" ");
      }
    },
    endTag: (name) => {
      if (name === "a") close();
      else if (blockTags.has(name)) add(" ");
    },
  });
  close();
  return links;
}

/** Joins lines: spaces collapsed inside each line, blank lines dropped. Linear, no backtracking. */
function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const tidy = collapseSpaces(line);
    if (tidy !== "") lines.push(tidy);
  }
  return lines.join("\n");
}

/**
 * What a reader sees of an HTML body: text with entities decoded, one line per block,
 * script/style/title contents left out.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  scan(html, {
    text: (raw) => parts.push(decodeEntities(raw).replace(/[\r\n]+/g, " ")),
    startTag: (name) => {
      if (blockTags.has(name)) parts.push("\n");
      else if (name === "td" || name === "th") parts.push(" ");
    },
    endTag: (name) => {
      if (blockTags.has(name)) parts.push("\n");
    },
  });
  return tidyLines(parts.join(""));
}
