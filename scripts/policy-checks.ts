import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePolicy } from "../src/core/policy/parse";
import { errorText } from "../src/core/text/error-text";
import type { Problem } from "./manifest/problem";

/**
 * `npm run validate` also refuses an invalid policy: the example the repository ships
 * (policy/default-policy.json, the default of `npm start` and of a build without --policy) and
 * the policy.json a build put in dist/. One problem per field error.
 */
export function checkPolicies(repoRoot: string): Problem[] {
  const problems: Problem[] = [];
  const files = [
    join("policy", "default-policy.json"),
    ...(existsSync(join(repoRoot, "dist", "policy.json")) ? [join("dist", "policy.json")] : []),
  ];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(repoRoot, file), "utf8").replace(/^\uFEFF/, "");
    } catch (error) {
      problems.push({ severity: "error", file, element: "(file)", message: `cannot be read: ${errorText(error)}` });
      continue;
    }
    const result = parsePolicy(text);
    if (!result.ok)
      for (const issue of result.issues)
        problems.push({ severity: "error", file, element: issue.field, message: issue.message });
  }
  return problems;
}
