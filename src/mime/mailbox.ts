import { addressParser, decodeWords, type Address } from "postal-mime";
import type { Mailbox } from "../core/model/facts";
import { cleanText } from "./text-repair";

/** RFC 2047 encoded words: =?charset?B|Q?payload?= */
const encodedWord = /=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=/g;

export type ParsedMailboxes = {
  /** Mailboxes with an address, groups unwrapped, in header order. */
  readonly mailboxes: readonly Mailbox[];
  /** Display text that came with no usable address (a bare name, an empty group's name). */
  readonly nameOnly?: string;
  /** Set when the header held text that did not yield a trustworthy address. */
  readonly problem?: string;
};

function flatten(list: readonly Address[]): { name: string; address: string }[] {
  const out: { name: string; address: string }[] = [];
  for (const item of list) {
    if (item.group !== undefined) {
      if (item.group.length === 0) out.push({ name: item.name, address: "" });
      for (const member of item.group) out.push(member);
    } else out.push(item);
  }
  return out;
}

/**
 * Parses one address header (From, Sender, To …) from its raw unfolded value.
 *
 * An address is only believed when it is written outside encoded words: RFC 2047 forbids
 * encoded words in an addr-spec, so for
 * `From: =?UTF-8?B?<base64 of "ウェスタ川越" <info@westa-kawagoe.jp>>?=` the parser's guess
 * info@westa-kawagoe.jp is dropped; the decoded text stays the display name, verbatim, with no
 * address. For `=?UTF-8?B?…?= <x@bad.example>` the address is x@bad.example and the display name
 * is whatever the word decodes to, quotes and angle brackets included.
 *
 * Groups are unwrapped: `Team: a@x.example, b@y.example;` gives both members.
 */
export function parseMailboxes(raw: string): ParsedMailboxes {
  const outsideWords = raw.replace(encodedWord, " ").toLowerCase();
  const mailboxes: Mailbox[] = [];
  const names: string[] = [];
  let fabricated = false;
  for (const item of flatten(addressParser(raw))) {
    const address = item.address.trim();
    if (address === "") {
      if (item.name.trim() !== "") names.push(cleanText(item.name));
    } else if (!outsideWords.includes(address.toLowerCase())) {
      fabricated = true;
    } else {
      mailboxes.push({ name: cleanText(item.name), address });
    }
  }
  if (fabricated) {
    return {
      mailboxes,
      nameOnly: cleanText(decodeWords(raw.trim())),
      problem: "the only address is inside an encoded word (RFC 2047), where an address cannot be",
    };
  }
  const nameOnly = names.join(" ");
  if (mailboxes.length === 0 && raw.trim() !== "") {
    return { mailboxes, nameOnly, problem: nameOnly === "" ? "no address could be read" : "a name with no address" };
  }
  return nameOnly === "" ? { mailboxes } : { mailboxes, nameOnly };
}
