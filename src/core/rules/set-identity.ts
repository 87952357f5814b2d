import type { Rule } from "./rule";

/** Rules about who the mail claims to be: display names, addresses, lookalike domains. */
export const identityRules: readonly Rule[] = [];
