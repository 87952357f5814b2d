import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyJsonSchemaText, propertyPaths, schemaPath } from "../scripts/gen-policy-schema";

const committed = readFileSync(schemaPath, "utf8");
const schema = JSON.parse(committed) as {
  properties: Record<string, unknown>;
  required: string[];
  additionalProperties: boolean;
};
const defaultPolicy = JSON.parse(
  readFileSync(new URL("../policy/default-policy.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

describe("policy/policy.schema.json", () => {
  it("equals the generator's output (run `npx tsx scripts/gen-policy-schema.ts` after changing the policy schema)", () => {
    expect(committed).toBe(policyJsonSchemaText());
  });

  it("is a closed object schema that covers every field of the default policy", () => {
    expect(schema.additionalProperties).toBe(false);
    for (const key of Object.keys(defaultPolicy)) expect(schema.properties, key).toHaveProperty(key);
    // Only organization is required: everything else has a default or may be left out (issue 12).
    expect(schema.required).toEqual(["organization"]);
  });

  it("describes every field with an example, and docs/policy.md names every field", () => {
    const docs = readFileSync(new URL("../docs/policy.md", import.meta.url), "utf8");
    const paths = propertyPaths(schema as Parameters<typeof propertyPaths>[0]);
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const node = path.split(".").reduce<Record<string, unknown> | undefined>(
        (at, part) => {
          const key = part.replace(/\[\]$/, "");
          const child = (at?.properties as Record<string, Record<string, unknown>> | undefined)?.[key];
          return part.endsWith("[]") ? (child?.items as Record<string, unknown> | undefined) : child;
        },
        schema as unknown as Record<string, unknown>,
      );
      expect(node?.description, path).toEqual(expect.any(String));
      expect(node?.examples, path).toEqual(expect.any(Array));
      expect(docs, `docs/policy.md mentions \`${path}\``).toContain(`\`${path}\``);
    }
  });

  it("is the schema the default policy points its editor at", () => {
    expect(defaultPolicy.$schema).toBe("./policy.schema.json");
  });
});
