import type { MessageFacts } from "../core/model/facts";
import { emlToFacts, type EmlOptions } from "./eml-to-facts";
import { looksLikeMsg, msgToFacts } from "./msg-to-facts";

/** .eml or .msg, decided by the bytes (a renamed file is read for what it is). */
export async function messageToFacts(bytes: Uint8Array, options: EmlOptions = {}): Promise<MessageFacts> {
  return looksLikeMsg(bytes) ? msgToFacts(bytes, options) : emlToFacts(bytes, options);
}
