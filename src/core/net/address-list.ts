import type { Mailbox } from "../model/facts";
import { decodeEncodedWords, type CharsetDecoder } from "./encoded-words";

/**
 * A small RFC 5322 address-list reader for Reply-To, To and similar headers. It is linear,
 * tolerant (bad parts are skipped, never thrown) and has no dependencies, so it runs in
 * Outlook's JavaScript-only runtime.
 *
 * @example parseAddressList('"ウェスタ川越" <info@evil.example>, b@example.jp (Bob)')
 *   // => [{ name: "ウェスタ川越", address: "info@evil.example" }, { name: "Bob", address: "b@example.jp" }]
 * @example parseAddressList("Undisclosed recipients:;") // => []
 */
export function parseAddressList(value: string, decode?: CharsetDecoder): Mailbox[] {
  const out: Mailbox[] = [];
  for (const part of splitTopLevel(value)) {
    const mailbox = parseOne(part, decode);
    if (mailbox) out.push(mailbox);
  }
  return out;
}

/**
 * The bare address of a Return-Path ("<bounce@example.jp>" → "bounce@example.jp"); undefined for
 * the null path "<>" or anything without an address.
 */
export function parsePathAddress(value: string): string | undefined {
  return parseAddressList(value)[0]?.address;
}

type Part = { text: string; comments: string[] };

/** Splits on top-level commas and group punctuation, keeping quoted strings and comments intact. */
function splitTopLevel(value: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  let comments: string[] = [];
  let comment = "";
  let depth = 0;
  let quoted = false;
  let angle = false;
  const push = (): void => {
    parts.push({ text, comments });
    text = "";
    comments = [];
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (depth > 0) {
      if (ch === "\\" && i + 1 < value.length) comment += value.charAt(++i);
      else if (ch === "(") {
        depth++;
        comment += ch;
      } else if (ch === ")") {
        depth--;
        if (depth === 0) {
          comments.push(comment);
          comment = "";
        } else comment += ch;
      } else comment += ch;
      continue;
    }
    if (quoted) {
      if (ch === "\\" && i + 1 < value.length) text += value.charAt(++i);
      else if (ch === '"') {
        quoted = false;
        text += ch;
      } else text += ch;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      text += ch;
    } else if (ch === "(") depth = 1;
    else if (ch === "<") {
      angle = true;
      text += ch;
    } else if (ch === ">") {
      angle = false;
      text += ch;
    } else if (!angle && (ch === "," || ch === ";")) push();
    else if (!angle && ch === ":" && !text.includes("@")) {
      // "Group name:" introduces a group; its members follow as ordinary addresses.
      text = "";
      comments = [];
    } else text += ch;
  }
  if (comment !== "") comments.push(comment);
  push();
  return parts;
}

function parseOne(part: Part, decode: CharsetDecoder | undefined): Mailbox | undefined {
  const text = part.text.trim();
  const open = text.lastIndexOf("<");
  let address: string;
  let rawName: string;
  if (open >= 0) {
    const close = text.indexOf(">", open);
    address = text.slice(open + 1, close < 0 ? undefined : close);
    rawName = text.slice(0, open);
  } else {
    address = text;
    rawName = "";
  }
  address = address.replace(/\s+/gu, "");
  // A part without "@" (a bare word, the null path "<>") names nobody a rule could compare.
  if (!address.includes("@")) return undefined;
  const name = cleanName(rawName, decode) || cleanName(part.comments.join(" "), decode);
  return { name, address };
}

function cleanName(raw: string, decode: CharsetDecoder | undefined): string {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  text = text.replace(/"/gu, "");
  return decodeEncodedWords(text, decode).replace(/\s+/gu, " ").trim();
}
