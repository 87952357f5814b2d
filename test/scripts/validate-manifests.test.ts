import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { manifestVersion, rewriteManifest } from "../../scripts/build/rewrite-manifest.mjs";
import { defaultSchemaPath, validateManifests } from "../../scripts/validate-manifests";
import { formatProblem, type Problem } from "../../scripts/manifest/problem";

const repo = resolve(import.meta.dirname, "..", "..");
const schemaPath = defaultSchemaPath(repo);
const schemaAvailable = existsSync(schemaPath) && spawnSync("xmllint", ["--version"]).status === 0;
if (!schemaAvailable)
  console.warn(`SKIPPED schema cases: ${schemaPath} or xmllint is missing; only the project's own checks are tested.`);

const BASE = "https://addin.example.org/sender-guard";
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

type Edits = {
  source?: Partial<Record<"manifest.xml" | "manifest-pilot.xml", (xml: string) => string>>;
  dist?: Partial<Record<"manifest.xml" | "manifest-pilot.xml", (xml: string) => string>>;
  after?: (root: string) => void;
};

/** A throw-away copy of the repository's manifests, icons and policy, with a dist/ built from them. */
function makeRepo(edits: Edits = {}): string {
  const root = mkdtempSync(join(tmpdir(), "sg-manifests-"));
  temps.push(root);
  cpSync(join(repo, "assets"), join(root, "assets"), { recursive: true });
  cpSync(join(repo, "policy"), join(root, "policy"), { recursive: true });
  cpSync(join(repo, "package.json"), join(root, "package.json"));
  const version = manifestVersion(
    (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string }).version,
  );
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  cpSync(join(repo, "assets"), join(dist, "assets"), { recursive: true });
  for (const page of ["taskpane.html", "launchevent.html", "launchevent.js", "support.html"])
    writeFileSync(join(dist, page), "");
  writeFileSync(join(dist, "policy.json"), readFileSync(join(repo, "policy", "default-policy.json")));
  for (const name of ["manifest.xml", "manifest-pilot.xml"] as const) {
    const source = (edits.source?.[name] ?? ((x: string) => x))(readFileSync(join(repo, name), "utf8"));
    writeFileSync(join(root, name), source);
    const built = rewriteManifest(readFileSync(join(repo, name), "utf8"), {
      baseUrl: BASE,
      version,
      transportHeader: "X-Sender-Guard-Suspect",
      sourceName: name,
    });
    writeFileSync(join(dist, name), (edits.dist?.[name] ?? ((x: string) => x))(built));
  }
  edits.after?.(root);
  return root;
}

function errorsOf(root: string, withSchema = schemaAvailable): Problem[] {
  return validateManifests({
    repoRoot: root,
    schemaPath: withSchema ? schemaPath : join(root, "no-schema.xsd"),
    dist: true,
  }).problems.filter((p) => p.severity === "error");
}

function expectError(problems: Problem[], file: string, element: string, fragment: string | RegExp): void {
  const match = problems.find(
    (p) =>
      p.file === file &&
      p.element === element &&
      (typeof fragment === "string" ? p.message.includes(fragment) : fragment.test(p.message)),
  );
  expect(
    match,
    `expected ${file}: ${element}: …${String(fragment)}… among\n${problems.map(formatProblem).join("\n")}`,
  ).toBeDefined();
}

describe("the repository's manifests", () => {
  it("pass every check, source and built copies", () => {
    const root = makeRepo();
    const result = validateManifests({
      repoRoot: root,
      schemaPath: schemaAvailable ? schemaPath : undefined,
      dist: true,
    });
    expect(result.checked).toEqual([
      "manifest.xml",
      "manifest-pilot.xml",
      "dist/manifest.xml",
      "dist/manifest-pilot.xml",
    ]);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it("checks only the sources unless asked for dist/, so a stale or development build does not fail it", () => {
    const root = makeRepo({
      dist: { "manifest.xml": (x) => x.replace("https://addin.example.org", "https://localhost:3000") },
    });
    const result = validateManifests({ repoRoot: root, schemaPath: schemaAvailable ? schemaPath : undefined });
    expect(result.checked).toEqual(["manifest.xml", "manifest-pilot.xml"]);
    expect(result.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
    expect(errorsOf(root).some((p) => p.file === "dist/manifest.xml")).toBe(true);
  });

  it("with dist asked for but not built, says to build first", () => {
    const root = makeRepo({
      after: (dir) => {
        rmSync(join(dir, "dist"), { recursive: true });
      },
    });
    expectError(errorsOf(root), "dist/", "<OfficeApp>", "run npm run build");
  });

  it("says clearly when the shared schemas are absent and still runs its own checks", () => {
    const root = makeRepo({ source: { "manifest.xml": (x) => x.replace('resid="Group.Label"', 'resid="Nope"') } });
    const result = validateManifests({ repoRoot: root, schemaPath: join(root, "missing.xsd") });
    expect(result.notes.join("\n")).toMatch(/schemas are absent.*SKIPPED/);
    expectError(result.problems, "manifest.xml", '<Label resid="Nope">', 'resid "Nope" is not defined');
  });
});

describe("broken copies give an error naming the element", () => {
  it("dangling resid", () => {
    const root = makeRepo({
      source: { "manifest-pilot.xml": (x) => x.replace('resid="LaunchEvent.Script"', 'resid="LaunchEvent.Gone"') },
    });
    expectError(
      errorsOf(root),
      "manifest-pilot.xml",
      '<Override resid="LaunchEvent.Gone">',
      'resid "LaunchEvent.Gone" is not defined in <Resources>',
    );
  });

  it("resid longer than 32 characters", () => {
    const long = "CheckButton.Label.ThatIsFarTooLongForOutlook";
    const root = makeRepo({ source: { "manifest.xml": (x) => x.replaceAll("CheckButton.Label", long) } });
    const errors = errorsOf(root, false);
    expectError(errors, "manifest.xml", `<Label resid="${long}">`, "at most 32");
    expectError(errors, "manifest.xml", `<bt:String id="${long}">`, "at most 32");
  });

  it("http URL", () => {
    const root = makeRepo({
      dist: {
        "manifest.xml": (x) =>
          x.replaceAll(`"${BASE}/taskpane.html"`, '"http://addin.example.org/sender-guard/taskpane.html"'),
      },
    });
    expectError(
      errorsOf(root),
      "dist/manifest.xml",
      '<bt:Url id="Taskpane.Url">',
      "URL must be HTTPS (got http://addin.example.org/sender-guard/taskpane.html)",
    );
  });

  it("localhost left in a built copy", () => {
    const root = makeRepo({
      dist: {
        "manifest-pilot.xml": (x) => x.replace(`${BASE}/launchevent.js`, "https://localhost:3000/launchevent.js"),
      },
    });
    const errors = errorsOf(root);
    expectError(errors, "dist/manifest-pilot.xml", '<bt:Url id="LaunchEvent.Script">', "points at this machine");
    // The same line is not reported a second time by the plain-text scan.
    expect(errors.filter((p) => p.message.includes('contains "localhost"'))).toEqual([]);
  });

  it("icon with the wrong size", () => {
    const root = makeRepo({
      after: (r) => {
        cpSync(join(r, "dist", "assets", "icon-16.png"), join(r, "dist", "assets", "icon-32.png"));
      },
    });
    expectError(
      errorsOf(root),
      "dist/manifest.xml",
      '<bt:Image id="Icon.32">',
      'is 16×16 px, but <bt:Image size="32"> needs 32×32',
    );
  });

  it("icon file missing", () => {
    const root = makeRepo({
      after: (r) => {
        rmSync(join(r, "dist", "assets", "icon-128.png"));
      },
    });
    expectError(errorsOf(root), "dist/manifest.xml", "<HighResolutionIconUrl>", "does not exist");
  });

  it("missing FormSettings", () => {
    const root = makeRepo({
      source: { "manifest.xml": (x) => x.replace(/<FormSettings>[\s\S]*?<\/FormSettings>/, "") },
    });
    expectError(errorsOf(root, false), "manifest.xml", "<FormSettings>", "missing");
  });

  it("preview launch event in the production manifest", () => {
    const pilot = readFileSync(join(repo, "manifest-pilot.xml"), "utf8");
    const launchPoint = /<ExtensionPoint xsi:type="LaunchEvent">[\s\S]*?<\/ExtensionPoint>/.exec(pilot)?.[0] ?? "";
    expect(launchPoint).not.toBe("");
    // Into the v1.1 host, after the button (the last </DesktopFormFactor> of the file).
    const insert = (x: string) => {
      const at = x.lastIndexOf("</DesktopFormFactor>");
      return `${x.slice(0, at)}${launchPoint}${x.slice(at)}`;
    };
    const root = makeRepo({ source: { "manifest.xml": insert } });
    expectError(
      errorsOf(root, false),
      "manifest.xml",
      '<ExtensionPoint xsi:type="LaunchEvent">',
      "manifest-pilot.xml only",
    );
  });

  it("launch event header that differs from the policy's transportHeader", () => {
    const root = makeRepo({
      source: { "manifest-pilot.xml": (x) => x.replace('HeaderName="X-Sender-Guard-Suspect"', 'HeaderName="X-Other"') },
    });
    expectError(
      errorsOf(root, false),
      "manifest-pilot.xml",
      '<LaunchEvent Type="OnMessageReadWithCustomHeader">',
      "differs from the policy's transportHeader",
    );
  });

  it("attachment extensions: more than two, or with a period", () => {
    const root = makeRepo({
      source: {
        "manifest-pilot.xml": (x) =>
          x.replace(
            '<MessageAttachment AttachmentExtension="xlsm"/>',
            '<MessageAttachment AttachmentExtension=".xlsm"/><MessageAttachment AttachmentExtension="docm"/>',
          ),
      },
    });
    const errors = errorsOf(root, false);
    expectError(errors, "manifest-pilot.xml", "<MessageAttachments>", "at most two");
    expectError(errors, "manifest-pilot.xml", "<MessageAttachment>", 'without a period, e.g. "zip" (got ".xlsm")');
  });

  it("launch event SourceLocation that is not a runtime", () => {
    const root = makeRepo({
      source: {
        "manifest-pilot.xml": (x) =>
          x.replace('<SourceLocation resid="LaunchEvent.Page"/>', '<SourceLocation resid="Taskpane.Url"/>'),
      },
    });
    expectError(
      errorsOf(root, false),
      "manifest-pilot.xml",
      '<SourceLocation resid="Taskpane.Url">',
      "must name a <Runtime resid>",
    );
  });

  it("same <Id> in production and pilot", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(join(repo, "manifest.xml"), "utf8"))?.[1] ?? "";
    const root = makeRepo({ source: { "manifest-pilot.xml": (x) => x.replace(/<Id>[^<]+<\/Id>/, `<Id>${id}</Id>`) } });
    expectError(errorsOf(root, false), "manifest.xml", "<Id>", "need different GUIDs");
  });

  it("built copy with a stale <Version>", () => {
    const root = makeRepo({
      dist: { "manifest.xml": (x) => x.replace(/<Version>[^<]+<\/Version>/, "<Version>0.9.0.0</Version>") },
    });
    expectError(errorsOf(root, false), "dist/manifest.xml", "<Version>", "stale");
  });

  it("string without a Japanese override", () => {
    const root = makeRepo({
      source: { "manifest.xml": (x) => x.replace('<bt:Override Locale="ja-JP" Value="送信元を確認"/>', "") },
    });
    expectError(errorsOf(root, false), "manifest.xml", '<bt:String id="CheckButton.Label">', 'Locale="ja-JP"');
  });

  it("not well-formed XML", () => {
    const root = makeRepo({ source: { "manifest.xml": (x) => x.replace("</Permissions>", "</Permission>") } });
    expectError(errorsOf(root, false), "manifest.xml", "<OfficeApp>", "not well-formed XML");
  });
});

describe.skipIf(!schemaAvailable)("schema violations (shared XSD through xmllint)", () => {
  it("elements out of order are rejected, naming the element", () => {
    const root = makeRepo({
      source: {
        "manifest.xml": (x) =>
          x.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"),
      },
    });
    expectError(errorsOf(root), "manifest.xml", "<ProviderName>", /schema: .*not expected/);
  });

  it("SupportsPinning inside VersionOverridesV1_0 is rejected", () => {
    const root = makeRepo({
      dist: {
        "manifest.xml": (x) =>
          x.replace(
            '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
            '<SourceLocation resid="Taskpane.Url"/>\n                    <SupportsPinning>true</SupportsPinning>\n                  </Action>',
          ),
      },
    });
    expectError(errorsOf(root), "dist/manifest.xml", "<SupportsPinning>", "schema:");
  });

  it("the pilot's <MessageAttachments> is the only part left out of the schema check", () => {
    const result = validateManifests({ repoRoot: makeRepo(), schemaPath });
    expect(result.notes.some((n) => n.startsWith("manifest-pilot.xml: <MessageAttachments>"))).toBe(true);
    // An unknown element elsewhere is still caught by the schema.
    const broken = makeRepo({
      source: { "manifest-pilot.xml": (x) => x.replace("<Runtimes>", "<Runtimez/><Runtimes>") },
    });
    expectError(errorsOf(broken), "manifest-pilot.xml", "<Runtimez>", "schema:");
  });
});
