// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.

// src/core/policy/check.ts
import * as v2 from "valibot";

// src/core/policy/schema.ts
import * as v from "valibot";

// src/core/net/url-syntax.ts
var syntax = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(?:\[[0-9a-f:.]+\]|[^\s/?#@[\]:]+)(?::\d{0,5})?(?:[/?#]\S*)?$/iu;
function isAbsoluteUrl(text) {
  if (typeof URL !== "function") return syntax.test(text);
  try {
    if (typeof URL.canParse === "function") return URL.canParse(text);
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

// src/core/policy/explain.ts
var explainer;
function installExplainer(value) {
  explainer = value;
}
function objectMessage(known) {
  return (issue) => explainer?.object(issue, known) ?? issue.message;
}
function typeMessage(what) {
  return (issue) => explainer?.type(issue, what) ?? issue.message;
}

// src/core/policy/schema.ts
var nonEmpty = v.pipe(v.string(typeMessage("text in quotes")), v.trim(), v.minLength(1, "must not be empty"));
var localized = v.union(
  [
    v.pipe(
      nonEmpty,
      v.transform((text) => ({ ja: text, en: text }))
    ),
    v.strictObject({ ja: nonEmpty, en: nonEmpty }, objectMessage(["ja", "en"]))
  ],
  (issue) => issue.received === "undefined" ? "is required" : `must be a text "…" or { "ja": "…", "en": "…" } (got ${issue.received})`
);
function strict(entries) {
  return v.strictObject(entries, objectMessage(Object.keys(entries)));
}
function list(item) {
  return v.array(item, typeMessage("a list [ … ]"));
}
function nonEmptyList(item, what) {
  return v.pipe(list(item), v.minLength(1, `needs at least one ${what}`));
}
var domain = v.pipe(
  v.string(typeMessage("a domain in quotes")),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, "must be a domain such as example.jp (no scheme, no @)")
);
var address = v.pipe(
  v.string(typeMessage("an e-mail address in quotes")),
  v.trim(),
  v.toLowerCase(),
  v.email("must be an e-mail address such as name@example.jp")
);
var httpsUrl = v.pipe(
  v.string(typeMessage("a URL in quotes")),
  v.trim(),
  v.check(isAbsoluteUrl, "must be a URL"),
  v.startsWith("https://", "must start with https://")
);
var headerName = v.pipe(
  v.string(typeMessage("a header name in quotes")),
  v.trim(),
  v.regex(/^[A-Za-z0-9-]{1,76}$/, "must be a header name such as X-Example-Drill")
);
var bytes = v.pipe(
  v.number(typeMessage("a number")),
  v.integer("must be a whole number"),
  v.minValue(1e3, "must be at least 1000")
);
var trustedSender = strict({
  domain: v.optional(domain),
  address: v.optional(address),
  reason: localized
});
var stepList = nonEmptyList(localized, "step");
var policySchema = strict({
  $schema: v.optional(v.string(typeMessage("text in quotes"))),
  version: v.optional(v.literal(1, "must be 1 (the only version so far)"), 1),
  organization: strict({
    names: nonEmptyList(nonEmpty, "name"),
    domains: nonEmptyList(domain, "domain")
  }),
  staff: v.optional(
    list(
      strict({
        name: nonEmpty,
        aliases: v.optional(list(nonEmpty), [])
      })
    ),
    []
  ),
  partners: v.optional(
    list(
      strict({
        name: nonEmpty,
        domains: nonEmptyList(domain, "domain")
      })
    ),
    []
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
        domains: nonEmptyList(domain, "domain")
      })
    ),
    []
  ),
  /** Use only the policy's own brands, not the built-in list. */
  disableBuiltInBrands: v.optional(v.boolean(typeMessage("true or false")), false),
  trustedSenders: v.optional(
    list(
      v.pipe(
        trustedSender,
        v.check(
          (t) => t.domain === void 0 !== (t.address === void 0),
          "needs exactly one of domain or address"
        )
      )
    ),
    []
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
        "after-report"
      ),
      /** The outside address `sender-guard drill make` writes in From (an address the admin controls). */
      from: v.optional(address),
      /** Where the add-in's training page is hosted; drill mails link to it. */
      trainingUrl: v.optional(httpsUrl)
    })
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
        opened: v.optional(stepList)
      },
      objectMessage(["danger", "caution", "unknown", "opened", "received"])
    ),
    () => ({})
  ),
  links: v.optional(
    list(
      strict({
        label: localized,
        url: httpsUrl
      })
    ),
    []
  ),
  limits: v.optional(
    strict({
      /** Body characters examined; beyond this the verdict says the rest was not examined. */
      maxBodyChars: v.optional(bytes, 2e6),
      /** Attachment bytes examined (zip central directory); larger files are listed, not opened. */
      maxAttachmentBytes: v.optional(bytes, 1e7),
      /** A zip entry that claims to unpack to more than this is "padded" (Emotet's huge documents). */
      paddedEntryBytes: v.optional(bytes, 1e8)
    }),
    {}
  )
});

// src/core/policy/check.ts
function issuePath(issue) {
  const path = issue.path ?? [];
  let out = "";
  for (const item of path) {
    const key = item.key;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string") out += out === "" ? key : `.${key}`;
  }
  return out === "" ? "(root)" : out;
}
function checkPolicy(input) {
  const result = v2.safeParse(policySchema, input);
  if (result.success) return { ok: true, policy: result.output };
  return { ok: false, issues: result.issues.map((issue) => ({ field: issuePath(issue), message: issue.message })) };
}
function checkPolicyText(text, syntaxMessage = (_t, e) => `not valid JSON: ${String(e)}`) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ field: "(root)", message: syntaxMessage(text, error) }] };
  }
  return checkPolicy(json);
}

// src/core/policy/messages.ts
function distance(a, b, cap) {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}
function closestField(unknown, known) {
  const lower = unknown.toLowerCase();
  const cap = Math.max(1, Math.min(3, Math.floor(unknown.length / 3)));
  let best;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const score = candidate === lower ? 0 : candidate.startsWith(lower) || lower.startsWith(candidate) ? 1 : distance(lower, candidate, cap);
    if (score <= cap && (best === void 0 || score < best.score)) best = { name, score };
  }
  return best?.name;
}
function keyOf(issue) {
  const last = issue.path?.[issue.path.length - 1];
  return typeof last?.key === "string" ? last.key : void 0;
}
function objectIssue(issue, known) {
  {
    if (issue.expected === "never") {
      const key = keyOf(issue) ?? issue.received;
      const guess = closestField(key, known);
      return guess !== void 0 ? `unknown field \`${key}\` — did you mean \`${guess}\`?` : `unknown field \`${key}\` (known fields: ${known.map((k) => `\`${k}\``).join(", ")})`;
    }
    if (issue.received === "undefined" && issue.expected?.startsWith('"')) return "is required";
    return `must be an object { … } (got ${issue.received})`;
  }
}
function typeIssue(issue, what) {
  return issue.received === "undefined" ? "is required" : `must be ${what} (got ${issue.received})`;
}
var explainer2 = { object: objectIssue, type: typeIssue };
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === "\n") {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function jsonSyntaxMessage(text, error) {
  const raw = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  let where;
  if (position?.[1] !== void 0) where = lineAndColumn(text, Number(position[1]));
  else if (lineCol?.[1] !== void 0 && lineCol[2] !== void 0)
    where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (/end of (json )?input/i.test(raw)) where = lineAndColumn(text, text.length);
  const reason = raw.replace(/\s*in JSON at position \d+.*$/s, "").replace(/\s*\(line \d+ column \d+\)/, "").replace(/^JSON\.parse: /, "");
  const hint = /trailing comma|Expected double-quoted property name|Unexpected token '?[}\]]/i.test(raw) ? " (a comma before } or ] is not allowed in JSON)" : "";
  return where !== void 0 ? `not valid JSON at line ${where.line}, column ${where.column}: ${reason}${hint}` : `not valid JSON: ${reason}${hint}`;
}

// src/core/policy/parse.ts
installExplainer(explainer2);
function validatePolicy(input) {
  return checkPolicy(input);
}
function parsePolicy(text) {
  return checkPolicyText(text, jsonSyntaxMessage);
}
function formatPolicyIssues(issues) {
  return issues.map((i) => `${i.field}: ${i.message}`).join("\n");
}

export {
  validatePolicy,
  parsePolicy,
  formatPolicyIssues
};
