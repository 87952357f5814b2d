import type { PolicyIssue } from "./check";
import type { Policy } from "./schema";

/** Where the policy in force came from; the pane tells admins when a hosted one was refused. */
export type PolicySource =
  /** Loaded from the add-in's own origin and valid. */
  | { readonly kind: "hosted"; readonly url: string }
  /** No hosted policy (404, offline, playground): the built-in default applies. */
  | { readonly kind: "default"; readonly reason?: string }
  /** A hosted policy exists but is invalid: the built-in default applies and admins are told. */
  | { readonly kind: "invalid"; readonly url: string; readonly issues: readonly PolicyIssue[] };

export type LoadedPolicy = {
  readonly policy: Policy;
  readonly source: PolicySource;
};
