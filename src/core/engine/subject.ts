import type { FindingSubject } from "../model/verdict";
import type { RuleCategory } from "../rules/rule";

/**
 * The subject of a finding from its rule's category: attachment rules name the file in their
 * evidence (`file`), so each attachment is a subject of its own; authentication and policy
 * findings are about the sender.
 */
export function subjectOf(category: RuleCategory, evidence: Readonly<Record<string, string>>): FindingSubject {
  switch (category) {
    case "sender":
    case "authentication":
    case "policy":
      return { kind: "sender" };
    case "attachment": {
      const file = evidence.file;
      return file !== undefined && file !== "" ? { kind: "attachment", file } : { kind: "content" };
    }
    case "link":
      return { kind: "links" };
    case "content":
      return { kind: "content" };
  }
}
