import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyJsonSchemaText, schemaPath } from "../scripts/gen-policy-schema";

const committed = readFileSync(schemaPath, "utf8");
const schema = JSON.parse(committed) as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
const defaultPolicy = JSON.parse(readFileSync(new URL("../policy/default-policy.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("policy/policy.schema.json", () => {
  it("equals the generator's output (run `npx tsx scripts/gen-policy-schema.ts` after changing the policy schema)", () => {
    expect(committed).toBe(policyJsonSchemaText());
  });

  it("is a closed object schema that covers every field of the default policy", () => {
    expect(schema.additionalProperties).toBe(false);
    for (const key of Object.keys(defaultPolicy)) expect(schema.properties, key).toHaveProperty(key);
    expect(schema.required).toEqual(expect.arrayContaining(["version", "organization", "reportMailbox", "steps"]));
  });

  it("is the schema the default policy points its editor at", () => {
    expect(defaultPolicy.$schema).toBe("./policy.schema.json");
  });
});
