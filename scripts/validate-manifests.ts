/**
 * `npm run validate`: checks manifest.xml, manifest-pilot.xml and their built copies in dist/.
 *
 * 1. The shared offline XSD (../shared/schemas/OfficeAppManifestV1_1.xsd) through xmllint, when present.
 * 2. The project's own rules the XSD cannot express: every resid defined and ≤ 32 characters, HTTPS
 *    everywhere, no localhost in built copies, icon files present with their declared size, runtimes
 *    and launch events consistent, read-mode elements present, versions and ids sane.
 *
 * 3. The example policy and dist/policy.json: one error per field (src/tools/policy-checks.ts).
 *
 * Exit status 0 when there is no error (warnings are printed but do not fail).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestVersion, policyTransportHeader } from "./build/rewrite-manifest.mjs";
import { checkManifest, readLaunchEventSources, type ManifestRole } from "./manifest/checks";
import { formatProblem, type Problem } from "./manifest/problem";
import { checkSchema } from "./manifest/schema";
import { checkPolicies } from "./policy-checks";
import { errorText } from "../src/core/text/error-text";

const MANIFESTS: readonly { readonly name: string; readonly role: ManifestRole }[] = [
  { name: "manifest.xml", role: "production" },
  { name: "manifest-pilot.xml", role: "pilot" },
];

export type ValidateOptions = {
  readonly repoRoot: string;
  /** The XSD to validate against; undefined or a missing file skips the schema step (with a note). */
  readonly schemaPath?: string | undefined;
  /**
   * Also check the built copies in dist/ (`--dist`). Off by default: dist/ holds whatever the last
   * build left (npm start's development build has local URLs), so the sources alone are checked
   * unless the caller has just built.
   */
  readonly dist?: boolean;
};

export type ValidateResult = {
  readonly problems: Problem[];
  readonly notes: string[];
  readonly checked: string[];
};

export function defaultSchemaPath(repoRoot: string): string {
  return join(repoRoot, "..", "shared", "schemas", "OfficeAppManifestV1_1.xsd");
}

export function validateManifests({ repoRoot, schemaPath, dist = false }: ValidateOptions): ValidateResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const checked: string[] = [];

  const useSchema = schemaPath !== undefined && existsSync(schemaPath);
  if (!useSchema) {
    notes.push(
      `The shared schemas are absent (${schemaPath ?? "no path given"}): the XSD check was SKIPPED; only the project's own checks ran. Put the schemas at ../shared/schemas to run it.`,
    );
  }

  let expectedVersion: string | undefined;
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version?: unknown };
    expectedVersion = manifestVersion(String(pkg.version));
  } catch (e) {
    problems.push({ severity: "error", file: "package.json", element: '"version"', message: errorText(e) });
  }
  const launchEventSources = readLaunchEventSources(repoRoot);
  const distDir = join(repoRoot, "dist");
  const ids = new Map<string, { label: string; role: ManifestRole; id: string }>();

  for (const kind of dist ? (["source", "dist"] as const) : (["source"] as const)) {
    if (kind === "dist" && !existsSync(distDir)) {
      problems.push({
        severity: "error",
        file: "dist/",
        element: "<OfficeApp>",
        message: "dist/ is absent: run npm run build before validate --dist",
      });
      continue;
    }
    for (const { name, role } of MANIFESTS) {
      const label = kind === "dist" ? `dist/${name}` : name;
      const file = join(kind === "dist" ? distDir : repoRoot, name);
      if (!existsSync(file)) {
        problems.push({ severity: "error", file: label, element: "<OfficeApp>", message: "file is missing" });
        continue;
      }
      checked.push(label);
      const xml = readFileSync(file, "utf8");
      if (useSchema) {
        const schema = checkSchema(label, xml, schemaPath);
        problems.push(...schema.problems);
        notes.push(...schema.notes);
      }
      const result = checkManifest({
        label,
        xml,
        role,
        kind,
        filesRoot: kind === "dist" ? distDir : repoRoot,
        repoRoot,
        transportHeader: policyTransportHeader(
          kind === "dist" ? join(distDir, "policy.json") : join(repoRoot, "policy", "default-policy.json"),
        ),
        ...(kind === "dist" && expectedVersion !== undefined ? { expectedVersion } : {}),
        ...(launchEventSources ? { launchEventSources } : {}),
      });
      problems.push(...result.problems);
      if (result.facts.id !== undefined) ids.set(label, { label, role, id: result.facts.id.toLowerCase() });
    }
  }

  // The production and pilot add-ins are two different add-ins to Outlook: their ids must differ,
  // and a built copy must keep its source's id (otherwise an update would install a second add-in).
  const entries = [...ids.values()];
  for (const a of entries) {
    for (const b of entries) {
      if (a.label >= b.label) continue;
      if (a.role !== b.role && a.id === b.id) {
        problems.push({
          severity: "error",
          file: b.label,
          element: "<Id>",
          message: `same <Id> as ${a.label}; the production and pilot manifests need different GUIDs`,
        });
      }
      if (a.role === b.role && a.id !== b.id) {
        problems.push({
          severity: "error",
          file: b.label.startsWith("dist/") ? b.label : a.label,
          element: "<Id>",
          message: `differs from ${b.label.startsWith("dist/") ? a.label : b.label}: the built copy is stale, run npm run build`,
        });
      }
    }
  }
  problems.push(...checkPolicies(repoRoot));
  return { problems, notes, checked };
}

function main(): void {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = process.argv.slice(2).includes("--dist");
  const { problems, notes, checked } = validateManifests({ repoRoot, schemaPath: defaultSchemaPath(repoRoot), dist });
  if (!dist)
    notes.push("Only the source manifests were checked; add --dist after a build to check the built copies in dist/.");
  for (const note of notes) console.log(`note: ${note}`);
  for (const problem of problems) (problem.severity === "error" ? console.error : console.warn)(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  console.log(`Checked ${checked.join(", ") || "no manifest"}: ${errors} error(s), ${warnings} warning(s).`);
  process.exitCode = errors === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
