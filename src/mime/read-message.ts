import type { MessageFacts } from "../core/model/facts";
import { emlToFacts, type EmlOptions } from "./eml-to-facts";
import { looksLikeMsg } from "./msg-signature";

/**
 * .eml or .msg, decided by the bytes (a renamed file is read for what it is). The .msg reader
 * (with its character-set tables) is loaded only when a .msg turns up, so a scan of .eml files
 * does not pay for it at start-up.
 */
export async function messageToFacts(bytes: Uint8Array, options: EmlOptions = {}): Promise<MessageFacts> {
  if (!looksLikeMsg(bytes)) return emlToFacts(bytes, options);
  const { msgToFacts } = await import("./msg-to-facts");
  return msgToFacts(bytes, options);
}
