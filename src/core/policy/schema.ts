import * as v from "valibot";
import { isAbsoluteUrl } from "../net/url-syntax";
import { objectMessage, typeMessage } from "./explain";

/**
 * The organisation's policy file. valibot (no eval, tree-shakable) keeps the launch-event bundle
 * small and works under a strict Content-Security-Policy.
 *
 * Written to be forgiving where a guess is safe: only `organization` is required, `version`
 * defaults to 1, a text may be one string for both languages. Unknown fields are still refused,
 * with the likely intended name, because a misspelt field silently ignored is a setting lost.
 */
const nonEmpty = v.pipe(v.string(typeMessage("text in quotes")), v.trim(), v.minLength(1, "must not be empty"));

/** A text in both languages: `"…"` (used for Japanese and English) or `{ "ja": "…", "en": "…" }`. */
const localized = v.union(
  [
    v.pipe(
      nonEmpty,
      v.transform((text) => ({ ja: text, en: text })),
    ),
    v.strictObject({ ja: nonEmpty, en: nonEmpty }, objectMessage(["ja", "en"])),
  ],
  (issue) =>
    issue.received === "undefined"
      ? "is required"
      : `must be a text "…" or { "ja": "…", "en": "…" } (got ${issue.received})`,
);

function strict<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, objectMessage(Object.keys(entries)));
}

function list<const T extends v.GenericSchema>(item: T) {
  return v.array(item, typeMessage("a list [ … ]"));
}

function nonEmptyList<const T extends v.GenericSchema>(item: T, what: string) {
  return v.pipe(list(item), v.minLength(1, `needs at least one ${what}`));
}

const domain = v.pipe(
  v.string(typeMessage("a domain in quotes")),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, "must be a domain such as example.jp (no scheme, no @)"),
);

const address = v.pipe(
  v.string(typeMessage("an e-mail address in quotes")),
  v.trim(),
  v.toLowerCase(),
  v.email("must be an e-mail address such as name@example.jp"),
);

const httpsUrl = v.pipe(
  v.string(typeMessage("a URL in quotes")),
  v.trim(),
  v.check(isAbsoluteUrl, "must be a URL"),
  v.startsWith("https://", "must start with https://"),
);

const headerName = v.pipe(
  v.string(typeMessage("a header name in quotes")),
  v.trim(),
  v.regex(/^[A-Za-z0-9-]{1,76}$/, "must be a header name such as X-Example-Drill"),
);

const bytes = v.pipe(
  v.number(typeMessage("a number")),
  v.integer("must be a whole number"),
  v.minValue(1000, "must be at least 1000"),
);

const trustedSender = strict({
  domain: v.optional(domain),
  address: v.optional(address),
  reason: localized,
});

const stepList = nonEmptyList(localized, "step");

export const policySchema = strict({
  $schema: v.optional(v.string(typeMessage("text in quotes"))),
  version: v.optional(v.literal(1, "must be 1 (the only version so far)"), 1),
  organization: strict({
    names: nonEmptyList(nonEmpty, "name"),
    domains: nonEmptyList(domain, "domain"),
  }),
  staff: v.optional(
    list(
      strict({
        name: nonEmpty,
        aliases: v.optional(list(nonEmpty), []),
      }),
    ),
    [],
  ),
  partners: v.optional(
    list(
      strict({
        name: nonEmpty,
        domains: nonEmptyList(domain, "domain"),
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
    list(
      strict({
        name: nonEmpty,
        aliases: v.optional(list(nonEmpty), []),
        domains: nonEmptyList(domain, "domain"),
      }),
    ),
    [],
  ),
  /** Use only the policy's own brands, not the built-in list. */
  disableBuiltInBrands: v.optional(v.boolean(typeMessage("true or false")), false),
  trustedSenders: v.optional(
    list(
      v.pipe(
        trustedSender,
        v.check(
          (t) => (t.domain === undefined) !== (t.address === undefined),
          "needs exactly one of domain or address",
        ),
      ),
    ),
    [],
  ),
  /** Where "Report to the admin" sends; without it the pane offers no report. */
  reportMailbox: v.optional(address),
  drill: v.optional(
    strict({
      header: headerName,
      value: nonEmpty,
      /**
       * When the pane says it was a drill: "after-report" judges it like any other mail and reveals
       * the drill once the user reports it (a drill that announces itself tests nothing).
       */
      reveal: v.optional(
        v.picklist(["after-report", "immediately"], 'must be "after-report" or "immediately"'),
        "after-report",
      ),
      /** The outside address `sender-guard drill make` writes in From (an address the admin controls). */
      from: v.optional(address),
      /** Where the add-in's training page is hosted; drill mails link to it. */
      trainingUrl: v.optional(httpsUrl),
    }),
  ),
  /** The header an Exchange transport rule stamps; the launch event listens for it. */
  transportHeader: v.optional(headerName, "X-Sender-Guard-Suspect"),
  /**
   * Steps shown by level. Kept lenient on purpose (fields unknown here are ignored, not refused):
   * a level without its own list gets the built-in one (src/core/policy/steps.ts), which names no
   * organisation; `received` is the older name for the danger steps, still read when `danger` is absent.
   */
  steps: v.optional(
    v.object(
      {
        received: v.optional(stepList),
        danger: v.optional(stepList),
        caution: v.optional(stepList),
        unknown: v.optional(stepList),
        opened: v.optional(stepList),
      },
      objectMessage(["danger", "caution", "unknown", "opened", "received"]),
    ),
    () => ({}),
  ),
  links: v.optional(
    list(
      strict({
        label: localized,
        url: httpsUrl,
      }),
    ),
    [],
  ),
  limits: v.optional(
    strict({
      /** Body characters examined; beyond this the verdict says the rest was not examined. */
      maxBodyChars: v.optional(bytes, 2_000_000),
      /** Attachment bytes examined (zip central directory); larger files are listed, not opened. */
      maxAttachmentBytes: v.optional(bytes, 10_000_000),
      /** A zip entry that claims to unpack to more than this is "padded" (Emotet's huge documents). */
      paddedEntryBytes: v.optional(bytes, 100_000_000),
    }),
    {},
  ),
});

export type PolicyInput = v.InferInput<typeof policySchema>;
export type Policy = v.InferOutput<typeof policySchema>;
