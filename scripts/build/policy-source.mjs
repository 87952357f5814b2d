// Which policy a build embeds, and the check that it is valid before anything is bundled.
// `npm run build -- --policy FILE` embeds the admin's policy (scripts/build/run-webpack.mjs passes
// it on as SENDER_GUARD_POLICY); without one, the facility's example is embedded and the build
// says so, because an add-in built that way would show another organisation's names and mailbox.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

export const EXAMPLE_POLICY = path.join("policy", "default-policy.json");
export const POLICY_ENV = "SENDER_GUARD_POLICY";

/** A policy that cannot be embedded: the message lists every field error. */
export class PolicySourceError extends Error {
  name = "PolicySourceError";
}

/**
 * @param {string} root the repository folder
 * @param {string | undefined} given the --policy path, relative to the current folder
 * @returns {{ file: string, example: boolean }}
 */
export function policyFile(root, given) {
  if (given === undefined || given === "") return { file: path.join(root, EXAMPLE_POLICY), example: true };
  return { file: path.resolve(given), example: false };
}

/**
 * Reads and validates the policy with the add-in's own validator (src/core/policy/parse.ts), so
 * the build and the pane can never disagree about what is valid.
 *
 * @param {string} file
 * @returns {Promise<{ text: string, policy: import("../../src/core/policy/schema").Policy }>}
 */
export async function checkPolicyFile(file) {
  if (!existsSync(file)) throw new PolicySourceError(`policy ${file} does not exist`);
  let text;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new PolicySourceError(
      `cannot read policy ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { parsePolicy, formatPolicyIssues } = await tsImport("../../src/core/policy/parse.ts", import.meta.url);
  const result = parsePolicy(text);
  if (!result.ok)
    throw new PolicySourceError(
      `policy ${file} is invalid:\n${formatPolicyIssues(result.issues)}\nCheck it with: npx sender-guard policy check ${file}`,
    );
  return { text, policy: result.policy };
}

/**
 * The policy to embed, checked; prints one line naming it.
 *
 * @param {{ root: string, given?: string, log?: (line: string) => void }} options
 */
export async function selectPolicy({
  root,
  given = process.env[POLICY_ENV],
  log = (line) => process.stderr.write(`${line}\n`),
}) {
  const { file, example } = policyFile(root, given);
  const { text, policy } = await checkPolicyFile(file);
  const who = `${policy.organization.names[0]} (${policy.organization.domains.join(", ")}), version ${policy.version}`;
  if (example) {
    log(`Policy: no --policy given, so the facility's EXAMPLE policy ${EXAMPLE_POLICY} is embedded: ${who}.`);
    log("        For your organisation build with: npm run build -- --policy path/to/your-policy.json");
  } else {
    log(`Policy: ${path.relative(root, file) || file} — ${who}`);
  }
  return { file, example, text, policy };
}
