import type { Rule } from "./rule";

/** Rules about the rest of the message: authentication, headers, attachments, links, wording, policy. */
export const messageRules: readonly Rule[] = [];
