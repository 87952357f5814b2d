import * as v from "valibot";

/**
 * The organisation's policy file. valibot (no eval, tree-shakable) keeps the launch-event bundle
 * small and works under a strict Content-Security-Policy.
 */
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"));

const localized = v.strictObject({
  ja: nonEmpty,
  en: nonEmpty,
});

const domain = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, "must be a domain such as example.jp (no scheme, no @)"),
);

const address = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email("must be an e-mail address such as name@example.jp"));

const httpsUrl = v.pipe(v.string(), v.trim(), v.url("must be a URL"), v.startsWith("https://", "must start with https://"));

const headerName = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9-]{1,76}$/, "must be a header name such as X-Example-Drill"));

const trustedSender = v.strictObject({
  domain: v.optional(domain),
  address: v.optional(address),
  reason: localized,
});

export const policySchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1, "must be 1"),
  organization: v.strictObject({
    names: v.pipe(v.array(nonEmpty), v.minLength(1, "needs at least one name")),
    domains: v.pipe(v.array(domain), v.minLength(1, "needs at least one domain")),
  }),
  staff: v.optional(
    v.array(
      v.strictObject({
        name: nonEmpty,
        aliases: v.optional(v.array(nonEmpty), []),
      }),
    ),
    [],
  ),
  partners: v.optional(
    v.array(
      v.strictObject({
        name: nonEmpty,
        domains: v.pipe(v.array(domain), v.minLength(1, "needs at least one domain")),
      }),
    ),
    [],
  ),
  /**
   * Services the organisation's staff hear from, added to the built-in list of commonly
   * impersonated brands (src/core/data/brands.ts): a display name that names one while the
   * address is not one of its domains is flagged by the brand-impersonation rule.
   */
  brands: v.optional(
    v.array(
      v.strictObject({
        name: nonEmpty,
        aliases: v.optional(v.array(nonEmpty), []),
        domains: v.pipe(v.array(domain), v.minLength(1, "needs at least one domain")),
      }),
    ),
    [],
  ),
  /** Use only the policy's own brands, not the built-in list. */
  disableBuiltInBrands: v.optional(v.boolean(), false),
  trustedSenders: v.optional(
    v.array(
      v.pipe(
        trustedSender,
        v.check((t) => (t.domain === undefined) !== (t.address === undefined), "needs exactly one of domain or address"),
      ),
    ),
    [],
  ),
  reportMailbox: address,
  drill: v.optional(
    v.strictObject({
      header: headerName,
      value: nonEmpty,
      /**
       * When the pane says it was a drill: "after-report" judges it like any other mail and reveals
       * the drill once the user reports it (a drill that announces itself tests nothing).
       */
      reveal: v.optional(v.picklist(["after-report", "immediately"], 'must be "after-report" or "immediately"'), "after-report"),
      /** The outside address `sender-guard drill make` writes in From (an address the admin controls). */
      from: v.optional(address),
      /** Where the add-in's training page is hosted; drill mails link to it. */
      trainingUrl: v.optional(httpsUrl),
    }),
  ),
  /** The header an Exchange transport rule stamps; the launch event listens for it. */
  transportHeader: v.optional(headerName, "X-Sender-Guard-Suspect"),
  steps: v.strictObject({
    received: v.pipe(v.array(localized), v.minLength(1, "needs at least one step")),
    opened: v.pipe(v.array(localized), v.minLength(1, "needs at least one step")),
  }),
  links: v.optional(
    v.array(
      v.strictObject({
        label: localized,
        url: httpsUrl,
      }),
    ),
    [],
  ),
  limits: v.optional(
    v.strictObject({
      /** Body characters examined; beyond this the verdict says the rest was not examined. */
      maxBodyChars: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000)), 2_000_000),
      /** Attachment bytes examined (zip central directory); larger files are listed, not opened. */
      maxAttachmentBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000)), 10_000_000),
      /** A zip entry that claims to unpack to more than this is "padded" (Emotet's huge documents). */
      paddedEntryBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000)), 100_000_000),
    }),
    {},
  ),
});

export type PolicyInput = v.InferInput<typeof policySchema>;
export type Policy = v.InferOutput<typeof policySchema>;
