import type { Rule } from "./rule";
import { identityRules } from "./set-identity";
import { messageRules } from "./set-message";

/**
 * Every rule, in a stable order. A meta-test checks each rule file in rules/ is listed, its id
 * equals its file name, and it has docs/rules/<id>.md.
 */
export const rules: readonly Rule[] = [...identityRules, ...messageRules];
