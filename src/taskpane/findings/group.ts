import type { Finding, FindingSubject, Severity } from "../../core";
import { topics } from "../i18n/reason-strings";

/** One card: everything found about one subject, its strongest finding first. */
export type ReasonCard = {
  /** "sender", "links", "content" or "attachment:<file name>"; unique among the cards. */
  readonly key: string;
  readonly subject: FindingSubject;
  /** The strongest finding: its full sentence leads the card. */
  readonly lead: Finding;
  /** The others, strongest first, without those that repeat a topic already on the card. */
  readonly more: readonly Finding[];
};

export type GroupedReasons = {
  readonly cards: readonly ReasonCard[];
  /** Info notes (authentication passed, relays), shown folded away under 「詳細」. */
  readonly notes: readonly Finding[];
};

const rank: Readonly<Record<Severity, number>> = { strong: 0, medium: 1, weak: 2, info: 3 };

/** Shown elsewhere in the pane (the trusted-sender note, the drill note), so not repeated as a note. */
const shownElsewhere = new Set(["trusted-sender", "drill-mail"]);

/** Findings that only name the file's type; any other finding on the same file says more. */
const generic = new Set(["risky-attachment/riskyType"]);

function isGeneric(finding: Finding): boolean {
  return generic.has(findingKey(finding));
}

export function findingKey(finding: Finding): string {
  return `${finding.rule}/${finding.messageId}`;
}

/** The subject the core gave; for a finding without one, the attachment it names or else the sender. */
export function subjectOf(finding: Finding): FindingSubject {
  if (finding.about) return finding.about;
  const file = finding.evidence.file;
  if (file !== undefined && file !== "") return { kind: "attachment", file };
  return finding.senderSignal ? { kind: "sender" } : { kind: "content" };
}

export function subjectKey(subject: FindingSubject): string {
  return subject.kind === "attachment" ? `attachment:${subject.file}` : subject.kind;
}

/**
 * Groups findings into one card per subject (the sender, each attachment, the links, the
 * wording), cards ordered by their strongest finding; the order among equals is the core's.
 */
export function groupFindings(findings: readonly Finding[]): GroupedReasons {
  const sorted = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index);
  const bySubject = new Map<string, { subject: FindingSubject; findings: Finding[] }>();
  const notes: Finding[] = [];
  for (const { finding } of sorted) {
    if (finding.severity === "info") {
      if (!shownElsewhere.has(finding.rule)) notes.push(finding);
      continue;
    }
    const subject = subjectOf(finding);
    const key = subjectKey(subject);
    const group = bySubject.get(key);
    if (group) group.findings.push(finding);
    else bySubject.set(key, { subject, findings: [finding] });
  }
  const cards: ReasonCard[] = [];
  for (const [key, { subject, findings: list }] of bySubject) {
    // At equal strength, "it is an archive" is the least telling thing to lead a card with.
    const ordered = list
      .map((finding, index) => ({ finding, index }))
      .sort(
        (a, b) =>
          rank[a.finding.severity] - rank[b.finding.severity] ||
          Number(isGeneric(a.finding)) - Number(isGeneric(b.finding)) ||
          a.index - b.index,
      )
      .map((e) => e.finding);
    const [lead, ...rest] = ordered;
    if (lead === undefined) continue;
    const covered = new Set<string>();
    const leadTopic = topics[findingKey(lead)];
    if (leadTopic !== undefined) covered.add(leadTopic);
    const more: Finding[] = [];
    for (const finding of rest) {
      const topic = topics[findingKey(finding)];
      if (topic !== undefined && covered.has(topic)) continue;
      if (topic !== undefined) covered.add(topic);
      more.push(finding);
    }
    cards.push({ key, subject, lead, more });
  }
  return { cards, notes };
}

/**
 * The evidence worth a grey line under the lead sentence: values the sentence does not already
 * say, and that the pane does not show above it (the sender's name and address, the card's file).
 */
export function extraEvidence(finding: Finding, sentence: string, shownAbove: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(finding.evidence)) {
    if (value === "" || sentence.includes(value) || shownAbove.includes(value)) continue;
    out.push([key, value]);
  }
  return out;
}
