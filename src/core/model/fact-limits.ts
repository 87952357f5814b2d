import type { Policy } from "../policy/schema";

// Its own module so the pane can read a policy's limits before the detection core has loaded.

/** How much of a message is examined; a policy's `limits` (see factLimitsOf). */
export type FactLimits = {
  /** Characters kept of the text body and of the HTML body each; the rest is reported as not examined. */
  readonly maxBodyChars: number;
  /** Bytes kept per attachment; a larger one is listed without bytes and reported as not examined. */
  readonly maxAttachmentBytes: number;
};

export function factLimitsOf(policy: Policy): FactLimits {
  return { maxBodyChars: policy.limits.maxBodyChars, maxAttachmentBytes: policy.limits.maxAttachmentBytes };
}
