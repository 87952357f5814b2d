import type { Policy } from "../policy/schema";
import { nameForm, type NameForm } from "./normalize";

type OrgName = {
  /** As written in the policy (shown as evidence). */
  readonly name: string;
  readonly compact: string;
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
};

type StaffForm = {
  /** The policy's name or alias that produced this form (shown as evidence). */
  readonly matched: string;
  /** The staff member's main name (policy staff[].name). */
  readonly staff: string;
  readonly form: string;
  /** CJK forms may end a longer word (経理課佐藤一郎); Latin and kana forms must be whole words. */
  readonly mayEndWord: boolean;
};

export type PreparedNames = {
  readonly orgNames: readonly OrgName[];
  readonly staffForms: ReadonlyMap<string, StaffForm>;
  readonly longestStaffForm: number;
};

export type NameMatch = {
  readonly kind: "organization" | "staff";
  /** The policy name or alias that matched. */
  readonly matched: string;
  /** For staff: the staff member's main name; for the organisation: the matched name. */
  readonly name: string;
};

const isLatinEdge = (ch: string | undefined): boolean => ch !== undefined && /^[a-z0-9]$/.test(ch);

/** Shorter policy names would match by accident (a single kanji, "AB"). */
const minimumLength = 2;

function hanCount(text: string): number {
  let count = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff)) count += 1;
  }
  return count;
}

function staffForms(staff: string, written: string, into: Map<string, StaffForm>): void {
  const { tokens } = nameForm(written);
  const forms = [tokens.join("")];
  // Family and given name in either order; a single word cannot be reordered (we do not know where to cut).
  if (tokens.length >= 2) forms.push([...tokens].reverse().join(""));
  for (const form of forms) {
    if (Array.from(form).length < minimumLength || into.has(form)) continue;
    into.set(form, { matched: written, staff, form, mayEndWord: hanCount(form) >= 3 });
  }
}

function prepare(policy: Policy): PreparedNames {
  const orgNames: OrgName[] = [];
  for (const name of policy.organization.names) {
    const { compact } = nameForm(name);
    if (Array.from(compact).length < minimumLength) continue;
    orgNames.push({
      name,
      compact,
      latinStart: isLatinEdge(compact[0]),
      latinEnd: isLatinEdge(compact[compact.length - 1]),
    });
  }
  // Longest first: 「川越市民会館 ウェスタ川越」 is reported rather than the shorter name inside it.
  orgNames.sort((a, b) => b.compact.length - a.compact.length);
  const forms = new Map<string, StaffForm>();
  for (const member of policy.staff) {
    for (const written of [member.name, ...member.aliases]) staffForms(member.name, written, forms);
  }
  let longestStaffForm = 0;
  for (const form of forms.keys()) longestStaffForm = Math.max(longestStaffForm, form.length);
  return { orgNames, staffForms: forms, longestStaffForm };
}

const cache = new WeakMap<Policy, PreparedNames>();

/** Normalised policy names, computed once per policy object. */
export function preparedNames(policy: Policy): PreparedNames {
  let prepared = cache.get(policy);
  if (prepared === undefined) {
    prepared = prepare(policy);
    cache.set(policy, prepared);
  }
  return prepared;
}

/** The organisation name appears as a contiguous part (Latin names only at word boundaries). */
function findOrgName(display: NameForm, names: readonly OrgName[]): OrgName | undefined {
  const text = display.compact;
  for (const org of names) {
    let at = text.indexOf(org.compact);
    while (at >= 0) {
      const end = at + org.compact.length;
      const startOk = !org.latinStart || display.boundaries.has(at) || !isLatinEdge(text[at - 1]);
      const endOk = !org.latinEnd || display.boundaries.has(end) || !isLatinEdge(text[end]);
      if (startOk && endOk) return org;
      at = text.indexOf(org.compact, at + 1);
    }
  }
  return undefined;
}

/**
 * A staff name matches only as a whole name: consecutive display words that spell family + given
 * name (either order). Never by edit distance, never by the family name alone.
 */
function findStaff(display: NameForm, prepared: PreparedNames): StaffForm | undefined {
  const { tokens } = display;
  for (let i = 0; i < tokens.length; i += 1) {
    let joined = "";
    for (let j = i; j < tokens.length; j += 1) {
      joined += tokens[j] ?? "";
      if (joined.length > prepared.longestStaffForm) break;
      const hit = prepared.staffForms.get(joined);
      if (hit) return hit;
    }
  }
  for (const token of tokens) {
    for (const form of prepared.staffForms.values()) {
      if (form.mayEndWord && token.length > form.form.length && token.endsWith(form.form)) return form;
    }
  }
  return undefined;
}

/** Who the display name claims to be, if it names the organisation or a staff member. */
export function matchDisplayName(displayName: string, policy: Policy): NameMatch | undefined {
  if (displayName.trim() === "") return undefined;
  const prepared = preparedNames(policy);
  const display = nameForm(displayName);
  if (display.tokens.length === 0) return undefined;
  const org = findOrgName(display, prepared.orgNames);
  if (org) return { kind: "organization", matched: org.name, name: org.name };
  const staff = findStaff(display, prepared);
  if (staff) return { kind: "staff", matched: staff.matched, name: staff.staff };
  return undefined;
}
