/**
 * Writes policy/policy.schema.json (JSON Schema draft-07 for editors) from the valibot policy
 * schema, so the two cannot drift apart; test/policy-schema.test.ts fails when the committed file
 * differs from this output.
 *
 *   npx tsx scripts/gen-policy-schema.ts
 *
 * The loader (src/core/policy/load.ts) stays the authority: it also trims strings, lower-cases
 * domains and addresses, and checks that a trusted sender has exactly one of domain or address.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toJsonSchema, type JsonSchema } from "@valibot/to-json-schema";
import { policySchema } from "../src/core/policy/schema";
import { isAbsoluteUrl } from "../src/core/net/url-syntax";
import { policyFields } from "./policy-fields";

export const schemaPath = join(dirname(fileURLToPath(import.meta.url)), "..", "policy", "policy.schema.json");

export function policyJsonSchema(): JsonSchema {
  const schema = toJsonSchema(policySchema, {
    errorMode: "throw",
    // Normalising steps, not constraints: the loader applies them before checking.
    ignoreActions: ["trim", "to_lower_case", "transform"],
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (
        valibotAction.type === "check" &&
        (valibotAction as { requirement?: unknown }).requirement === isAbsoluteUrl
      ) {
        // The links' URL check (a check, not v.url, so it also runs where URL is missing).
        return { ...jsonSchema, format: "uri" };
      }
      if (valibotAction.type === "check") {
        // The other check: a trusted sender names a domain or an address, not both.
        return { ...jsonSchema, oneOf: [{ required: ["domain"] }, { required: ["address"] }] };
      }
      if (valibotAction.type === "regex" && typeof jsonSchema.pattern === "string") {
        // Domains are lower-cased before the pattern applies, so either case is fine in the file.
        return {
          ...jsonSchema,
          pattern: jsonSchema.pattern.replace("[a-z0-9-]", "[A-Za-z0-9-]").replace("[a-z0-9-]", "[A-Za-z0-9-]"),
        };
      }
      if (valibotAction.type === "starts_with") {
        return { ...jsonSchema, pattern: "^https://" };
      }
      return undefined;
    },
  });
  describeFields(schema as Node, "");
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://sender-guard.example/policy.schema.json",
    title: "Sender Guard policy",
    description:
      "The organisation's policy for the Sender Guard Outlook add-in. Generated from src/core/policy/schema.ts by scripts/gen-policy-schema.ts; do not edit by hand.",
    ...schema,
  };
}

type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  description?: string;
  examples?: unknown[];
};

/** Every property path of the schema, e.g. "staff[].aliases"; test/policy-schema.test.ts uses it too. */
export function propertyPaths(node: Node, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    out.push(path, ...propertyPaths(child, path));
    if (child.items) out.push(...propertyPaths(child.items, `${path}[]`));
  }
  return out;
}

function describeFields(node: Node, prefix: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const doc = policyFields[path];
    if (doc === undefined) throw new Error(`scripts/policy-fields.ts has no description for the policy field ${path}`);
    child.description = doc.description;
    if (doc.examples) child.examples = [...doc.examples];
    describeFields(child, path);
    if (child.items) describeFields(child.items, `${path}[]`);
  }
}

export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(schemaPath, policyJsonSchemaText(), "utf8");
  console.log(`wrote ${schemaPath}`);
}
