import type { Policy } from "./schema";

/**
 * Whether the policy in use is the signed-in user's organisation's, and so whether the pane
 * may offer to report to its mailbox. A policy built or hosted for another organisation (the
 * facility's example, a copy from elsewhere) must never send staff reports outside their own
 * domain.
 */
export type ReportTarget =
  | { readonly ok: true; readonly mailbox: string }
  | { readonly ok: false; readonly reason: "noMailbox" | "otherOrganisation" | "unknownUser" };

export type PolicyFit = {
  /** The user's mail domain, lower-cased; undefined when Outlook did not give the address. */
  readonly userDomain?: string;
  /** false when the user's domain is not one of the policy's organisation domains. */
  readonly ownOrganisation: boolean | undefined;
  readonly report: ReportTarget;
};

function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  const domain =
    at > 0
      ? address
          .slice(at + 1)
          .trim()
          .toLowerCase()
          .replace(/\.$/, "")
      : "";
  return domain.includes(".") ? domain : undefined;
}

/** Same domain, or one inside the other (mail.example.jp and example.jp). */
function sameDomain(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export function policyFit(policy: Policy, userAddress: string | null | undefined): PolicyFit {
  const userDomain = userAddress ? domainOf(userAddress) : undefined;
  const ownOrganisation =
    userDomain === undefined ? undefined : policy.organization.domains.some((d) => sameDomain(userDomain, d));
  const mailbox = policy.reportMailbox;
  const mailboxDomain = mailbox !== undefined ? domainOf(mailbox) : undefined;
  let report: ReportTarget;
  if (mailbox === undefined || mailboxDomain === undefined) report = { ok: false, reason: "noMailbox" };
  // Without the user's address there is no way to tell whose mailbox it is: no report is offered.
  else if (userDomain === undefined) report = { ok: false, reason: "unknownUser" };
  else if (!sameDomain(userDomain, mailboxDomain)) report = { ok: false, reason: "otherOrganisation" };
  else report = { ok: true, mailbox };
  return { ...(userDomain !== undefined ? { userDomain } : {}), ownOrganisation, report };
}
