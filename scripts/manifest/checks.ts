import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, descendants, localName, parseXml, xsiType, XmlSyntaxError, type XmlElement } from "./xml";
import { pngSize } from "./png";
import type { Problem, Severity } from "./problem";
import { errorText } from "../../src/core/text/error-text";

export type ManifestRole = "production" | "pilot";

export type ManifestInput = {
  /** The name used in messages, e.g. `dist/manifest.xml`. */
  readonly label: string;
  readonly xml: string;
  readonly role: ManifestRole;
  /** `dist`: a built copy that Outlook will load; `source`: the file in the repository with placeholder URLs. */
  readonly kind: "source" | "dist";
  /** Folder that URLs under the add-in's base resolve to (dist/ for built copies, the repo root for sources). */
  readonly filesRoot: string;
  /** The repository root, to print paths relative to it. */
  readonly repoRoot: string;
  /** The header the policy's transport rule stamps; the custom-header launch event must listen for it. */
  readonly transportHeader: string;
  /** `<Version>` a built copy must carry (from package.json); undefined for sources. */
  readonly expectedVersion?: string;
  /** Source files of the launch-event handler, to check that every FunctionName is registered. */
  readonly launchEventSources?: readonly string[];
};

export type ManifestFacts = { readonly id: string | undefined; readonly version: string | undefined };

const RESOURCE_ID_MAX = 32;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){1,3}$/;
const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const HEADER_NAME = /^[A-Za-z0-9-]{1,76}$/;
const PREVIEW_READ_EVENTS = ["OnMessageReadWithCustomHeader", "OnMessageReadWithCustomAttachment"];
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

type ResourceKind = "image" | "url" | "short" | "long";
type Resource = { readonly element: XmlElement; readonly kind: ResourceKind };

const RESOURCE_GROUPS: Readonly<Record<string, ResourceKind>> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short",
  LongStrings: "long",
};
const KIND_NAMES: Readonly<Record<ResourceKind, string>> = {
  image: "<bt:Image>",
  url: "<bt:Url>",
  short: "<bt:String> in <bt:ShortStrings>",
  long: "<bt:String> in <bt:LongStrings>",
};

/** Which kind of resource a `resid` on this element must point to. */
function expectedKind(element: XmlElement): ResourceKind | undefined {
  const name = localName(element);
  if (name === "Image") return "image";
  if (name === "SourceLocation" || name === "Runtime" || name === "Override" || name === "FunctionFile") return "url";
  if (name === "Label" || name === "Title") return "short";
  if (name === "Description") return "long";
  return undefined;
}

function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => localName(c) === name) : [];
}

function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

function enclosing(element: XmlElement, name: string): XmlElement | undefined {
  for (let e = element.parent; e; e = e.parent) if (localName(e) === name) return e;
  return undefined;
}

type Report = (element: XmlElement | string, message: string) => void;

/** What every check reads: the input, the parsed tree, and where problems go. */
type Manifest = {
  readonly input: ManifestInput;
  readonly root: XmlElement;
  readonly all: readonly XmlElement[];
  readonly problems: Problem[];
  readonly error: Report;
  readonly warn: Report;
};

/** Finds the resource a `resid` names: a nested VersionOverrides sees its own resources first, then its parent's. */
type Lookup = (element: XmlElement, resid: string) => Resource | undefined;

/** Resolves URLs under the add-in's folder to files, for built copies. */
type AddinFiles = {
  /** The folder the read form's page is in, without the scheme. */
  readonly base: string | undefined;
  readonly localFile: (url: string) => string | undefined;
  /** A path as printed: relative to the repository. */
  readonly shown: (path: string) => string;
};

const urlOf = (element: XmlElement): string | undefined => element.attributes.DefaultValue ?? element.attributes.Value;

function itemReadForm(root: XmlElement): XmlElement | undefined {
  return childrenNamed(firstChild(root, "FormSettings"), "Form").find((f) => xsiType(f) === "ItemRead");
}

function extensionPoints(m: Manifest): XmlElement[] {
  return m.all.filter((e) => localName(e) === "ExtensionPoint");
}

function checkIdentity({ root, input, error }: Manifest): ManifestFacts {
  if (root.name !== "OfficeApp" || xsiType(root) !== "MailApp")
    error(root, 'the root must be <OfficeApp xsi:type="MailApp">');
  const idElement = firstChild(root, "Id");
  const id = idElement?.text.trim();
  if (!idElement) error("<Id>", "missing");
  else if (!id || !GUID.test(id)) error(idElement, `must be a GUID (got "${id ?? ""}")`);
  const versionElement = firstChild(root, "Version");
  const version = versionElement?.text.trim();
  if (!versionElement) error("<Version>", "missing");
  else if (!version || !VERSION.test(version))
    error(versionElement, `must be 2 to 4 dot-separated numbers such as 1.0.0.0 (got "${version ?? ""}")`);
  else if (input.expectedVersion !== undefined && version !== input.expectedVersion) {
    error(
      versionElement,
      `is ${version} but package.json gives ${input.expectedVersion}: this copy is stale, run npm run build`,
    );
  }
  return { id, version };
}

/** Japanese first, English equal. */
function checkLocalisation({ root, error }: Manifest): void {
  for (const name of ["DisplayName", "Description"]) {
    const element = firstChild(root, name);
    if (!element) error(`<${name}>`, "missing");
    else if (!childrenNamed(element, "Override").some((o) => o.attributes.Locale === "ja-JP"))
      error(element, 'needs <Override Locale="ja-JP" Value="…"/>');
  }
}

function checkReadForm({ root, error }: Manifest): void {
  const formSettings = firstChild(root, "FormSettings");
  const itemRead = itemReadForm(root);
  if (!formSettings)
    error(
      "<FormSettings>",
      'missing: a read-mode add-in needs <FormSettings><Form xsi:type="ItemRead"> with the task pane page',
    );
  else if (!itemRead) error(formSettings, 'needs a <Form xsi:type="ItemRead">');
  else if (!firstChild(firstChild(itemRead, "DesktopSettings"), "SourceLocation"))
    error(itemRead, "needs <DesktopSettings><SourceLocation DefaultValue=…>");
}

function checkPermissions({ root, error, warn }: Manifest): void {
  const permissions = firstChild(root, "Permissions");
  const permission = permissions?.text.trim();
  if (!permissions) error("<Permissions>", "missing (the add-in needs ReadItem)");
  else if (permission === "Restricted") error(permissions, "Restricted cannot read the message; use ReadItem");
  else if (permission !== "ReadItem")
    warn(permissions, `${permission ?? ""} is more than the add-in needs; ReadItem is enough`);
}

function checkActivationRules({ all, error }: Manifest): void {
  const rules = all.filter((e) => localName(e) === "Rule");
  const readRule = rules.find(
    (r) =>
      xsiType(r) === "ItemIs" &&
      r.attributes.ItemType === "Message" &&
      (r.attributes.FormType ?? "Read").startsWith("Read"),
  );
  if (rules.length === 0) error("<Rule>", 'missing: add <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>');
  else if (!readRule)
    error(
      rules[0] ?? "<Rule>",
      'no rule activates the add-in on messages in read mode (ItemIs ItemType="Message" FormType="Read")',
    );
}

/** The "Check sender" button on read mail, pinnable. */
function checkReadButton(m: Manifest): void {
  const readSurfaces = extensionPoints(m).filter((e) => xsiType(e) === "MessageReadCommandSurface");
  if (readSurfaces.length === 0)
    m.error(
      "<VersionOverrides>",
      'no <ExtensionPoint xsi:type="MessageReadCommandSurface">: the "Check sender" button is missing',
    );
  const pinnable = readSurfaces.some((surface) => {
    const vo = enclosing(surface, "VersionOverrides");
    return (
      vo !== undefined &&
      xsiType(vo) === "VersionOverridesV1_1" &&
      descendants(surface).some((e) => localName(e) === "SupportsPinning" && e.text.trim() === "true")
    );
  });
  if (readSurfaces.length > 0 && !pinnable) {
    m.error(
      readSurfaces[readSurfaces.length - 1] ?? "<ExtensionPoint>",
      "the task pane button in VersionOverridesV1_1 needs <SupportsPinning>true</SupportsPinning> (a pinned pane re-checks every selected mail)",
    );
  }
}

/** Every resource of each VersionOverrides, with ids short enough, unique and localised. */
function collectResources({ all, error }: Manifest): Map<XmlElement, Map<string, Resource>> {
  const scopes = new Map<XmlElement, Map<string, Resource>>();
  for (const vo of all.filter((e) => localName(e) === "VersionOverrides")) {
    const defined = new Map<string, Resource>();
    for (const group of firstChild(vo, "Resources")?.children ?? []) {
      const kind = RESOURCE_GROUPS[localName(group)];
      if (!kind) continue;
      for (const item of group.children) {
        const resourceId = item.attributes.id ?? "";
        if (resourceId === "") {
          error(item, "has no id");
          continue;
        }
        if (resourceId.length > RESOURCE_ID_MAX)
          error(item, `id is ${resourceId.length} characters; resource ids may have at most ${RESOURCE_ID_MAX}`);
        if (defined.has(resourceId)) error(item, `id "${resourceId}" is defined twice in the same <Resources>`);
        defined.set(resourceId, { element: item, kind });
        if (kind === "short" || kind === "long") {
          if (!childrenNamed(item, "Override").some((o) => o.attributes.Locale === "ja-JP"))
            error(item, 'needs <bt:Override Locale="ja-JP" Value="…"/>');
        }
      }
    }
    scopes.set(vo, defined);
  }
  return scopes;
}

function resourceLookup(scopes: ReadonlyMap<XmlElement, ReadonlyMap<string, Resource>>): Lookup {
  return (element, resid) => {
    for (let vo = enclosing(element, "VersionOverrides"); vo; vo = enclosing(vo, "VersionOverrides")) {
      const found = scopes.get(vo)?.get(resid);
      if (found) return found;
    }
    return undefined;
  };
}

/** Every resid defined and of the kind its element needs; every resource used. */
function checkResourceReferences(
  { all, error, warn }: Manifest,
  scopes: ReadonlyMap<XmlElement, ReadonlyMap<string, Resource>>,
  lookup: Lookup,
): void {
  const used = new Set<Resource>();
  for (const element of all) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    if (resid.length > RESOURCE_ID_MAX)
      error(element, `resid is ${resid.length} characters; resource ids may have at most ${RESOURCE_ID_MAX}`);
    const resource = lookup(element, resid);
    if (!resource) {
      error(element, `resid "${resid}" is not defined in <Resources>`);
      continue;
    }
    used.add(resource);
    const kind = expectedKind(element);
    if (kind && kind !== resource.kind)
      error(
        element,
        `resid "${resid}" is a ${KIND_NAMES[resource.kind]}, but this element needs a ${KIND_NAMES[kind]}`,
      );
  }
  for (const defined of scopes.values()) {
    for (const [resourceId, resource] of defined)
      if (!used.has(resource)) warn(resource.element, `resource "${resourceId}" is never used`);
  }
}

function addinFiles({ root, input }: Manifest): AddinFiles {
  const itemRead = itemReadForm(root);
  const taskpaneUrl = itemRead
    ? urlOf(firstChild(firstChild(itemRead, "DesktopSettings"), "SourceLocation") ?? itemRead)
    : undefined;
  // The add-in's folder is where the read form's page lives; every local file resolves from it.
  // Compared without the scheme, so an http:// slip is reported once (as not HTTPS) and the files are still checked.
  const withoutScheme = (url: string) => url.replace(/^https?:\/\//i, "");
  const base =
    taskpaneUrl !== undefined && /^https?:\/\/[^/]+\//i.test(taskpaneUrl)
      ? withoutScheme(taskpaneUrl.slice(0, taskpaneUrl.lastIndexOf("/") + 1))
      : undefined;
  const localFile = (url: string): string | undefined => {
    const bare = withoutScheme(url);
    if (base === undefined || !bare.startsWith(base)) return undefined;
    return join(input.filesRoot, decodeURIComponent(bare.slice(base.length).split(/[?#]/)[0] ?? ""));
  };
  return { base, localFile, shown: (path) => relative(input.repoRoot, path) || path };
}

/** HTTPS, not this machine in built copies, files present. */
function checkUrls({ all, input, error }: Manifest, files: AddinFiles): void {
  const urlElements = all.filter((e) => {
    const name = localName(e);
    if (name === "Override")
      return (
        e.parent !== undefined &&
        URL_ELEMENTS.has(localName(e.parent)) &&
        e.parent.attributes.DefaultValue !== undefined
      );
    return URL_ELEMENTS.has(name) && e.attributes.DefaultValue !== undefined;
  });
  for (const element of urlElements) {
    const url = urlOf(element) ?? "";
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (parsed?.protocol !== "https:") {
      error(element, `URL must be HTTPS (got ${url === "" ? "an empty value" : url})`);
      continue;
    }
    if (input.kind === "dist" && /^(localhost|127\.|\[::1\])/i.test(parsed.hostname)) {
      error(element, `URL points at this machine (${url}); rebuild with ADDIN_BASE_URL set to the public address`);
    }
    if (input.kind === "dist" && localName(element) !== "Override") {
      const file = files.localFile(url);
      if (file !== undefined && !existsSync(file)) error(element, `${files.shown(file)} does not exist (URL ${url})`);
    }
  }
  for (const appDomain of all.filter((e) => localName(e) === "AppDomain")) {
    if (!appDomain.text.trim().startsWith("https://"))
      error(appDomain, `URL must be HTTPS (got ${appDomain.text.trim()})`);
  }
}

/** A built copy names no local address anywhere, comments included. */
function checkNoLocalhost({ input, problems }: Manifest): void {
  if (input.kind !== "dist") return;
  // Lines an element error already named (a URL pointing at this machine) are not reported twice.
  const reported = new Set(problems.filter((p) => p.file === input.label).map((p) => p.line));
  input.xml.split("\n").forEach((text, index) => {
    if (/localhost/i.test(text) && !reported.has(index + 1))
      problems.push({
        severity: "error",
        file: input.label,
        element: "<OfficeApp>",
        line: index + 1,
        message: 'contains "localhost"; a built manifest must only name the public address',
      });
  });
}

/** The icon files exist and have the declared size. */
function checkIcons({ root, all, error, warn }: Manifest, files: AddinFiles, lookup: Lookup): void {
  const checkIcon = (element: XmlElement, size: number, usedAs: string) => {
    const url = urlOf(element) ?? "";
    const file = files.localFile(url);
    if (file === undefined) {
      warn(
        element,
        `icon ${url} is not under the add-in's folder ${files.base ?? "(unknown)"}; its size was not checked`,
      );
      return;
    }
    if (!existsSync(file)) {
      error(element, `icon file ${files.shown(file)} does not exist (URL ${url})`);
      return;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) error(element, `icon file ${files.shown(file)} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      error(
        element,
        `icon file ${files.shown(file)} is ${dims.width}×${dims.height} px, but ${usedAs} needs ${size}×${size}`,
      );
    }
  };
  const iconUrl = firstChild(root, "IconUrl");
  if (!iconUrl) error("<IconUrl>", "missing (64×64 PNG)");
  else checkIcon(iconUrl, 64, "<IconUrl>");
  const highRes = firstChild(root, "HighResolutionIconUrl");
  if (!highRes) error("<HighResolutionIconUrl>", "missing (128×128 PNG)");
  else checkIcon(highRes, 128, "<HighResolutionIconUrl>");
  const checkedIcons = new Set<string>();
  for (const reference of all.filter(
    (e) => localName(e) === "Image" && e.attributes.size !== undefined && e.attributes.resid !== undefined,
  )) {
    const size = Number(reference.attributes.size);
    const resource = lookup(reference, reference.attributes.resid ?? "");
    if (resource?.kind !== "image" || !Number.isInteger(size)) continue;
    const key = `${resource.element.attributes.id ?? ""}@${size}`;
    if (checkedIcons.has(key)) continue;
    checkedIcons.add(key);
    checkIcon(resource.element, size, `<bt:Image size="${size}">`);
  }
}

function launchPoints(m: Manifest): XmlElement[] {
  return extensionPoints(m).filter((e) => xsiType(e) === "LaunchEvent");
}

/** Launch events and runtimes only in the pilot manifest, which needs them. */
function checkLaunchEventPlacement(m: Manifest): void {
  const points = launchPoints(m);
  if (m.input.role === "production") {
    for (const point of points)
      m.error(point, "preview launch events belong in manifest-pilot.xml only, never in the production manifest");
    for (const element of m.all.filter((e) => localName(e) === "Runtimes"))
      m.error(element, "<Runtimes> is only needed for launch events, which belong in manifest-pilot.xml");
  } else if (points.length === 0) {
    m.error("<VersionOverrides>", 'the pilot manifest needs an <ExtensionPoint xsi:type="LaunchEvent">');
  }
}

/** Each runtime has an .html page and the .js file classic Outlook on Windows runs. */
function checkRuntimes({ all, error, warn }: Manifest, lookup: Lookup): void {
  for (const runtime of all.filter((e) => localName(e) === "Runtime")) {
    const page = lookup(runtime, runtime.attributes.resid ?? "");
    if (page?.kind === "url" && !/\.html?$/.test(urlOf(page.element) ?? ""))
      warn(runtime, "the runtime page should be an .html file");
    const scripts = childrenNamed(runtime, "Override");
    if (scripts.length === 0)
      error(runtime, 'needs <Override type="javascript" resid=…> for classic Outlook on Windows');
    for (const script of scripts) {
      if (script.attributes.type !== "javascript")
        error(script, `type must be "javascript" (got "${script.attributes.type ?? ""}")`);
      const resource = lookup(script, script.attributes.resid ?? "");
      if (resource?.kind === "url" && !(urlOf(resource.element) ?? "").endsWith(".js"))
        error(script, "must point at the .js file of the launch-event handler");
    }
  }
}

function checkCustomHeaderEvent(event: XmlElement, { input, error }: Manifest): void {
  const header = event.attributes.HeaderName ?? "";
  if (!HEADER_NAME.test(header))
    error(event, `HeaderName must be a header name such as X-Sender-Guard-Suspect (got "${header}")`);
  else if (header.toLowerCase() !== input.transportHeader.toLowerCase()) {
    error(
      event,
      `HeaderName "${header}" differs from the policy's transportHeader "${input.transportHeader}": the transport rule and the launch event would not meet`,
    );
  }
}

function checkCustomAttachmentEvent(event: XmlElement, { error }: Manifest): void {
  const list = firstChild(event, "MessageAttachments");
  const items = childrenNamed(list, "MessageAttachment");
  if (!list || items.length === 0)
    error(event, "needs <MessageAttachments> with one or two <MessageAttachment AttachmentExtension=…>");
  else if (items.length > 2)
    error(list, `at most two <MessageAttachment> elements are allowed (found ${items.length})`);
  for (const item of items) {
    const extension = item.attributes.AttachmentExtension ?? "";
    if (extension === "" || extension.includes(".") || extension.length > 50) {
      error(item, `AttachmentExtension must be 1–50 characters without a period, e.g. "zip" (got "${extension}")`);
    }
  }
}

/** Each launch event names its host's runtime, the pilot's two read events, registered functions. */
function checkLaunchEvents(m: Manifest): void {
  const { input, error } = m;
  const registered = (input.launchEventSources ?? []).join("\n");
  const checkRegistration = registered.includes("associate(");
  for (const point of launchPoints(m)) {
    const host = enclosing(point, "Host");
    const runtimeIds = new Set(
      descendants(host ?? point)
        .filter((e) => localName(e) === "Runtime")
        .map((e) => e.attributes.resid),
    );
    const source = firstChild(point, "SourceLocation");
    if (!source) error(point, "needs <SourceLocation resid=…> naming the runtime");
    else if (!runtimeIds.has(source.attributes.resid)) {
      error(
        source,
        `the launch event's SourceLocation must name a <Runtime resid> of the same host (runtimes: ${[...runtimeIds].join(", ") || "none"})`,
      );
    }
    const events = childrenNamed(firstChild(point, "LaunchEvents"), "LaunchEvent");
    const types = new Set(events.map((e) => e.attributes.Type));
    if (input.role === "pilot")
      for (const type of PREVIEW_READ_EVENTS)
        if (!types.has(type)) error(point, `the pilot manifest needs <LaunchEvent Type="${type}">`);
    for (const event of events) {
      const fn = event.attributes.FunctionName ?? "";
      if (!JS_IDENTIFIER.test(fn)) error(event, `FunctionName must be a JavaScript function name (got "${fn}")`);
      else if (checkRegistration && !new RegExp(`["'\`]${fn}["'\`]`).test(registered)) {
        error(event, `FunctionName "${fn}" is not registered with Office.actions.associate in src/launchevent`);
      }
      if (event.attributes.Type === "OnMessageReadWithCustomHeader") checkCustomHeaderEvent(event, m);
      if (event.attributes.Type === "OnMessageReadWithCustomAttachment") checkCustomAttachmentEvent(event, m);
    }
  }
}

export function checkManifest(input: ManifestInput): { problems: Problem[]; facts: ManifestFacts } {
  const problems: Problem[] = [];
  const report = (severity: Severity, element: XmlElement | string, message: string) => {
    const line = typeof element === "string" ? undefined : element.line;
    problems.push({
      severity,
      file: input.label,
      element: typeof element === "string" ? element : describe(element),
      message,
      ...(line === undefined ? {} : { line }),
    });
  };

  let root: XmlElement;
  try {
    root = parseXml(input.xml);
  } catch (e) {
    const line = e instanceof XmlSyntaxError ? e.line : undefined;
    problems.push({
      severity: "error",
      file: input.label,
      element: "<OfficeApp>",
      message: `not well-formed XML: ${errorText(e)}`,
      ...(line === undefined ? {} : { line }),
    });
    return { problems, facts: { id: undefined, version: undefined } };
  }
  const m: Manifest = {
    input,
    root,
    all: [root, ...descendants(root)],
    problems,
    error: (element, message) => {
      report("error", element, message);
    },
    warn: (element, message) => {
      report("warning", element, message);
    },
  };

  const facts = checkIdentity(m);
  checkLocalisation(m);
  checkReadForm(m);
  checkPermissions(m);
  checkActivationRules(m);
  checkReadButton(m);
  const scopes = collectResources(m);
  const lookup = resourceLookup(scopes);
  checkResourceReferences(m, scopes, lookup);
  const files = addinFiles(m);
  checkUrls(m, files);
  checkNoLocalhost(m);
  checkIcons(m, files, lookup);
  checkLaunchEventPlacement(m);
  checkRuntimes(m, lookup);
  checkLaunchEvents(m);
  return { problems, facts };
}

/** The launch-event handler's source files, when that folder exists. */
export function readLaunchEventSources(repoRoot: string): string[] | undefined {
  const dir = join(repoRoot, "src", "launchevent");
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f))
    .map((f) => readFileSync(join(dir, f), "utf8"));
}
