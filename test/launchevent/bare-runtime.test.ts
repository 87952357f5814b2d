import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compactEnv } from "../../src/core/engine/compact-env";
import { parsePolicy } from "../../src/core/policy/parse";
import type { Policy } from "../../src/core/policy/schema";
import { handleReadEvent } from "../../src/launchevent/handle-read-event";
import { es2016Problems } from "../../scripts/build/es2016.mjs";
import * as acorn from "acorn";
import {
  createOfficeStub,
  type FailureMode,
  type OfficeStubOptions,
  type StubCall,
  type StubMessage,
  type StubProperty,
} from "../support/office-stub";
import { parseStandinMessage } from "../../dev/standin-office/message";

/**
 * Runs the BUILT dist/launchevent.js the way classic Outlook on Windows does: in a bare
 * JavaScript runtime. The vm context holds the ECMAScript built-ins and only what Microsoft
 * documents for that runtime (fetch, XMLHttpRequest, timers, console, Office, OfficeRuntime): no
 * URL, TextDecoder, AbortController, atob, window, document, navigator, require or process.
 *
 * Office here is a Node fake (test/support/office-stub.ts plus Office.actions.associate), because
 * no real event runtime exists outside Outlook: Microsoft ships no JavaScript-only runtime, and
 * the npm Office.js needs a host page. The fake keeps the contract the handler depends on:
 * callbacks run later, failures come as failed results, thrown exceptions or no answer, and
 * notification limits throw like Outlook's do.
 *
 * Each result is compared with the same handler run from source in Node (where every global
 * exists): the bare runtime must change nothing.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist");
const bundlePath = join(dist, "launchevent.js");
const baseUrl = "https://addin.example.org/sender-guard";
const policyUrl = `${baseUrl}/policy.json`;
const fixturesDir = join(root, "dev/samples");
const handlerNames = ["onMessageReadWithCustomHeader", "onMessageReadWithCustomAttachment"] as const;

/** The ECMAScript built-ins a fresh V8 context has, minus WebAssembly (not ECMAScript) and Intl (ECMA-402: not promised there, e.g. Intl.Segmenter). */
const ecmaScriptGlobals = [
  "AggregateError",
  "Array",
  "ArrayBuffer",
  "Atomics",
  "BigInt",
  "BigInt64Array",
  "BigUint64Array",
  "Boolean",
  "DataView",
  "Date",
  "Error",
  "EvalError",
  "FinalizationRegistry",
  "Float32Array",
  "Float64Array",
  "Function",
  "Infinity",
  "Int16Array",
  "Int32Array",
  "Int8Array",
  "JSON",
  "Map",
  "Math",
  "NaN",
  "Number",
  "Object",
  "Promise",
  "Proxy",
  "RangeError",
  "ReferenceError",
  "Reflect",
  "RegExp",
  "Set",
  "SharedArrayBuffer",
  "String",
  "Symbol",
  "SyntaxError",
  "TypeError",
  "URIError",
  "Uint16Array",
  "Uint32Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "WeakMap",
  "WeakRef",
  "WeakSet",
  "decodeURI",
  "decodeURIComponent",
  "encodeURI",
  "encodeURIComponent",
  "escape",
  "eval",
  "globalThis",
  "isFinite",
  "isNaN",
  "parseFloat",
  "parseInt",
  "undefined",
  "unescape",
];
const documentedGlobals = [
  "fetch",
  "XMLHttpRequest",
  "setTimeout",
  "clearTimeout",
  "console",
  "Office",
  "OfficeRuntime",
];
/**
 * Built-ins newer than ECMAScript 2016, which classic Outlook's JavaScript-only runtime does not
 * promise (statics as "Object.hasOwn", prototype methods as ".flatMap").
 */
const newerBuiltins = {
  statics: {
    Object: ["entries", "values", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"],
    Promise: ["allSettled", "any", "withResolvers"],
    Array: ["fromAsync"],
  },
  methods: {
    String: [
      "padStart",
      "padEnd",
      "trimStart",
      "trimEnd",
      "trimLeft",
      "trimRight",
      "matchAll",
      "replaceAll",
      "at",
      "isWellFormed",
      "toWellFormed",
    ],
    Array: ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"],
    Promise: ["finally"],
  },
} as const;
/** Those launchevent.js may call: the lowering provides the first, src/launchevent/es2016-builtins.ts the others where missing. */
const providedBuiltins = ["Object.getOwnPropertyDescriptors", "Object.hasOwn", ".flatMap", ".trimEnd", ".matchAll"];
const deleteNewerBuiltins = [
  ...Object.entries(newerBuiltins.statics).flatMap(([owner, names]) => names.map((name) => `delete ${owner}.${name};`)),
  ...Object.entries(newerBuiltins.methods).flatMap(([owner, names]) =>
    names.map((name) => `delete ${owner}.prototype.${name};`),
  ),
].join(" ");

const forbiddenGlobals = [
  "URL",
  "TextDecoder",
  "TextEncoder",
  "AbortController",
  "atob",
  "btoa",
  "window",
  "document",
  "navigator",
  "require",
  "process",
  "Buffer",
  "location",
  "localStorage",
  "structuredClone",
  "queueMicrotask",
  "setImmediate",
  "Intl",
  "WebAssembly",
];

function sourcesNewerThan(file: string): string[] {
  const built = statSync(file).mtimeMs;
  const newer: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) newer.push(path);
    }
  };
  for (const dir of ["src/core", "src/office", "src/launchevent", "policy", "scripts/build"]) walk(join(root, dir));
  return newer;
}

/** Builds dist/ when launchevent.js is missing or older than its sources; a failed build fails the test with its output. */
function ensureBuilt(): void {
  if (existsSync(bundlePath) && sourcesNewerThan(bundlePath).length === 0) return;
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: baseUrl, SENDER_GUARD_PLAYGROUND: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0 || !existsSync(bundlePath)) {
    throw new Error(
      `dist/launchevent.js could not be built (npx webpack --mode production exited ${String(result.status)}):\n${result.stderr}\n${result.stdout}`,
    );
  }
}

type Bar = { readonly key: string; readonly type: string; readonly message: string };

type Run = {
  readonly completedCalls: number;
  readonly bars: Bar[];
  readonly fetches: string[];
};

type FetchMode = "serve" | "reject" | "throw" | "http500" | "notJson" | "invalidPolicy" | "hang";

type Scenario = {
  readonly stub?: Omit<OfficeStubOptions, "item">;
  readonly fetch?: FetchMode;
  /** Policy text served at policy.json (default: the built dist/policy.json). */
  readonly hosted?: string;
  readonly completedThrows?: boolean;
  /** How long to wait for completed(): longer where a call or the fetch is meant to time out. */
  readonly waitMs?: number;
  /** Run where the built-ins newer than ES2016 are missing, as the runtime's promise allows. */
  readonly withoutNewerBuiltins?: boolean;
};

let script: vm.Script;
let distPolicyText: string;
let builtInPolicy: Policy;
const messages = new Map<string, StubMessage>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

function barsOf(notifications: Map<string, Office.NotificationMessageDetails>): Bar[] {
  return [...notifications].map(([key, details]) => ({ key, type: details.type, message: details.message }));
}

function fakeFetch(mode: FetchMode, hosted: string, fetches: string[]) {
  return (url: string): Promise<unknown> => {
    fetches.push(url);
    if (mode === "throw") throw new Error("fetch threw");
    if (mode === "reject") return Promise.reject(new TypeError("Failed to fetch"));
    if (mode === "hang") return new Promise(() => undefined);
    if (url !== policyUrl) return Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") });
    if (mode === "http500") return Promise.resolve({ ok: false, status: 500, text: () => Promise.resolve("oops") });
    const body = mode === "notJson" ? "{ not json" : mode === "invalidPolicy" ? JSON.stringify({ version: 2 }) : hosted;
    return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(body) });
  };
}

/** An XMLHttpRequest that records use and fails like an unreachable server. */
function fakeXhr(fetches: string[]) {
  return class FakeXMLHttpRequest {
    onerror: (() => void) | null = null;
    open(_method: string, url: string): void {
      fetches.push(`xhr ${url}`);
    }
    send(): void {
      setTimeout(() => this.onerror?.(), 1);
    }
    setRequestHeader(): void {
      // Headers do not matter to a request that always fails.
    }
    abort(): void {
      // Nothing is in flight to stop.
    }
  };
}

/** A fresh bare context with the bundle loaded: returns the associated handlers and the fake's state. */
function loadBundle(message: StubMessage | null, scenario: Scenario) {
  const stub = createOfficeStub({ ...scenario.stub, item: message });
  const associated: [string, unknown][] = [];
  const office = {
    ...stub.office,
    actions: { associate: (name: string, handler: unknown) => associated.push([name, handler]) },
  };
  const storage = new Map<string, string>();
  const officeRuntime = {
    storage: {
      getItem: (key: string) => Promise.resolve(storage.get(key) ?? null),
      setItem: (key: string, value: string) => Promise.resolve(void storage.set(key, value)),
      removeItem: (key: string) => Promise.resolve(void storage.delete(key)),
    },
  };
  const fetches: string[] = [];
  const logged: unknown[][] = [];
  const log = (...args: unknown[]): void => {
    logged.push(args);
  };
  const context = vm.createContext(
    {
      fetch: fakeFetch(scenario.fetch ?? "serve", scenario.hosted ?? distPolicyText, fetches),
      XMLHttpRequest: fakeXhr(fetches),
      setTimeout,
      clearTimeout,
      console: { log, info: log, warn: log, error: log, debug: log },
      Office: office,
      OfficeRuntime: officeRuntime,
    },
    // Outlook's runtime is not promised to allow eval, and the pages' CSP forbids it.
    { codeGeneration: { strings: false, wasm: false } },
  );
  // V8 puts its own console and WebAssembly (and ECMA-402's Intl) into every context; the runtime promises neither.
  vm.runInContext("delete globalThis.WebAssembly; delete globalThis.Intl;", context);
  if (scenario.withoutNewerBuiltins) vm.runInContext(deleteNewerBuiltins, context);
  const globals = vm.runInContext("Object.getOwnPropertyNames(globalThis)", context) as string[];
  script.runInContext(context);
  const globalsAfter = vm.runInContext("Object.getOwnPropertyNames(globalThis)", context) as string[];
  return { stub, associated, fetches, globals, globalsAfter, logged };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Raises one launch event in the bare runtime and waits until completed() was called and the handler settled. */
async function raise(
  handlerName: (typeof handlerNames)[number],
  message: StubMessage,
  scenario: Scenario = {},
): Promise<Run> {
  const loaded = loadBundle(message, scenario);
  const handler = loaded.associated.find(([name]) => name === handlerName)?.[1];
  if (typeof handler !== "function") throw new Error(`${handlerName} was not associated`);
  let completedCalls = 0;
  const event = {
    type: handlerName,
    completed: () => {
      completedCalls++;
      if (scenario.completedThrows) throw new Error("completed failed");
    },
  };
  (handler as (e: unknown) => void)(event);
  await waitFor(() => completedCalls > 0, scenario.waitMs ?? 10_000);
  // Anything still pending would show as a second call or a late bar.
  await new Promise((r) => setTimeout(r, 30));
  return { completedCalls, bars: barsOf(loaded.stub.notifications), fetches: loaded.fetches };
}

/** The same event handled by the source in Node, with every global present: what the bare runtime must match. */
async function fromSource(message: StubMessage, scenario: Scenario = {}, hostedPolicy?: Policy): Promise<Bar[]> {
  const stub = createOfficeStub({ ...scenario.stub, item: message });
  await handleReadEvent(
    { completed: () => undefined },
    {
      office: stub.office,
      env: compactEnv,
      loadPolicy: () =>
        Promise.resolve({ policy: hostedPolicy ?? builtInPolicy, source: { kind: "default", reason: "test" } }),
    },
  );
  return barsOf(stub.notifications);
}

const expected = JSON.parse(readFileSync(join(fixturesDir, "expected.json"), "utf8")) as Record<
  string,
  { level: string }
>;
const fixtureNames = Object.keys(expected).sort();

beforeAll(async () => {
  ensureBuilt();
  script = new vm.Script(readFileSync(bundlePath, "utf8"), { filename: "launchevent.js" });
  distPolicyText = readFileSync(join(dist, "policy.json"), "utf8");
  const parsed = parsePolicy(distPolicyText);
  if (!parsed.ok) throw new Error("dist/policy.json is not a valid policy");
  builtInPolicy = parsed.policy;
  let index = 0;
  for (const name of fixtureNames) {
    const standin = await parseStandinMessage(new Uint8Array(readFileSync(join(fixturesDir, name))), index++);
    messages.set(name, {
      itemId: standin.itemId,
      ...(standin.from ? { from: { name: standin.from.displayName, address: standin.from.emailAddress } } : {}),
      ...(standin.sender ? { sender: { name: standin.sender.displayName, address: standin.sender.emailAddress } } : {}),
      subject: standin.subject,
      to: standin.to.map((a) => ({ name: a.displayName, address: a.emailAddress })),
      cc: standin.cc.map((a) => ({ name: a.displayName, address: a.emailAddress })),
      headers: standin.headerBlock,
      bodyHtml: standin.html,
      bodyText: standin.text,
      attachments: standin.attachments.map((a) => ({
        id: a.details.id,
        name: a.details.name,
        size: a.details.size,
        isInline: a.details.isInline,
        attachmentType: a.details.attachmentType === "item" ? "item" : "file",
        content: new Uint8Array(Buffer.from(a.base64, "base64")),
      })),
    });
  }
  process.on("unhandledRejection", onUnhandled);
}, 600_000);

afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

function message(name: string): StubMessage {
  const found = messages.get(name);
  if (!found) throw new Error(`fixture ${name} was not read`);
  return found;
}

/** What the bar must be for a verdict level: red for danger, informational for caution, none otherwise. */
function expectBarFor(level: string, bars: readonly Bar[]): void {
  if (level === "danger") expect(bars.map((b) => b.type)).toEqual(["errorMessage"]);
  else if (level === "caution") expect(bars.map((b) => b.type)).toEqual(["informationalMessage"]);
  else expect(bars).toEqual([]);
  for (const bar of bars) {
    expect(bar.message.startsWith("Sender Guard: ")).toBe(true);
    expect(bar.message.length).toBeLessThanOrEqual(150);
  }
}

describe("dist/launchevent.js in a bare JavaScript runtime", () => {
  it("sees exactly the documented globals, loads without throwing and associates both handlers once", () => {
    const loaded = loadBundle(message("genuine-facility.eml"), {});
    expect([...loaded.globals].sort()).toEqual([...ecmaScriptGlobals, ...documentedGlobals].sort());
    for (const name of forbiddenGlobals) expect(loaded.globals, name).not.toContain(name);
    expect(loaded.associated.map(([name]) => name)).toEqual([...handlerNames]);
    expect(loaded.associated.every(([, handler]) => typeof handler === "function")).toBe(true);
    expect(loaded.logged).toEqual([]);
    // The file adds no globals of its own (the ES2016 lowering's helpers stay inside its function).
    expect([...loaded.globalsAfter].sort()).toEqual([...loaded.globals].sort());
  });

  it("contains no validation of its built-in policy and none of the texts only the pane shows", () => {
    const code = readFileSync(bundlePath, "utf8");
    const has = (text: string): boolean => code.includes(text);
    expect(has("built-in policy is invalid")).toBe(false);
    expect(has("default-policy.json is invalid")).toBe(false);
    // A step of the default policy, a finding's explanation and a "could not be checked" sentence (pane only) …
    expect(has((builtInPolicy.steps.danger ?? builtInPolicy.steps.received)?.[0]?.ja ?? "(none)")).toBe(false);
    expect(has("似た形の文字に置き換えた、よく似た別のドメインです")).toBe(false);
    expect(has("読み取りに失敗したため")).toBe(false);
    // … but the headlines the bar shows are there.
    expect(has("なりすましの疑いが強いメールです")).toBe(true);
  });

  it("parses as ECMAScript 2016 (acorn), and builds no RegExp that needs a newer one", () => {
    const code = readFileSync(bundlePath, "utf8");
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(es2016Problems(code)).toEqual([]);
  });

  it("calls only the newer built-ins it provides itself", () => {
    const program = acorn.parse(readFileSync(bundlePath, "utf8"), { ecmaVersion: 2016, sourceType: "script" });
    const used = new Set<string>();
    const statics: Record<string, readonly string[]> = newerBuiltins.statics;
    const methods = new Set<string>(Object.values(newerBuiltins.methods).flat());
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      const n = node as {
        type?: string;
        computed?: boolean;
        object?: { type: string; name?: string };
        property?: { type: string; name?: string };
      };
      if (n.type === "MemberExpression" && n.computed !== true && n.property?.type === "Identifier") {
        const name = n.property.name ?? "";
        const owner = n.object?.type === "Identifier" ? (n.object.name ?? "") : "";
        if (statics[owner]?.includes(name)) used.add(`${owner}.${name}`);
        else if (methods.has(name)) used.add(`.${name}`);
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) for (const item of value) visit(item);
        else if (value !== null && typeof value === "object") visit(value);
      }
    };
    visit(program);
    expect([...used].filter((name) => !providedBuiltins.includes(name))).toEqual([]);
  });

  it("judges every fixture the same where the built-ins newer than ES2016 are missing", async () => {
    for (const [i, name] of fixtureNames.entries()) {
      const run = await raise(handlerNames[i % 2] ?? "onMessageReadWithCustomHeader", message(name), {
        withoutNewerBuiltins: true,
      });
      expect(run.completedCalls, name).toBe(1);
      expect(run.bars, name).toEqual(await fromSource(message(name)));
    }
  });

  for (const name of fixtureNames) {
    it(`${name}: each event completes once and leaves the bar for "${expected[name]?.level}"`, async () => {
      const want = await fromSource(message(name));
      expectBarFor(expected[name]?.level ?? "?", want);
      for (const handler of handlerNames) {
        const run = await raise(handler, message(name));
        expect(run.completedCalls, handler).toBe(1);
        expect(run.bars, handler).toEqual(want);
        expect(run.fetches, handler).toEqual([policyUrl]);
      }
    });
  }

  it("uses the hosted policy it fetched: links pass the URL check without URL, and a new staff name is protected", async () => {
    const hosted = JSON.parse(distPolicyText) as { staff: { name: string }[]; links: unknown[] };
    expect(hosted.links.length).toBeGreaterThan(0);
    hosted.staff.push({ name: "加藤 一郎" });
    const hostedText = JSON.stringify(hosted);
    const parsed = parsePolicy(hostedText);
    if (!parsed.ok) throw new Error("test policy invalid");
    const want = await fromSource(message("kato-not-staff.eml"), {}, parsed.policy);
    expect(want.map((b) => b.type)).toEqual(["errorMessage"]);
    const run = await raise("onMessageReadWithCustomHeader", message("kato-not-staff.eml"), { hosted: hostedText });
    expect(run.completedCalls).toBe(1);
    expect(run.bars).toEqual(want);
  });

  const officeCalls: StubCall[] = [
    "getAllInternetHeadersAsync",
    "body.getAsync(html)",
    "body.getAsync(text)",
    "getAttachmentContentAsync",
    "notificationMessages.replaceAsync",
    "notificationMessages.removeAsync",
  ];
  const modes: FailureMode[] = ["fail", "throw"];
  for (const call of officeCalls) {
    for (const mode of modes) {
      it(`when ${call} ${mode === "fail" ? "fails" : "throws"}: every fixture still completes once, with the bar the source gives`, async () => {
        const scenario: Scenario = { stub: { failures: { [call]: mode } } };
        for (const [i, name] of fixtureNames.entries()) {
          const run = await raise(handlerNames[i % 2] ?? "onMessageReadWithCustomHeader", message(name), scenario);
          expect(run.completedCalls, name).toBe(1);
          expect(run.bars, name).toEqual(await fromSource(message(name), scenario));
          if (call === "notificationMessages.replaceAsync") expect(run.bars, name).toEqual([]);
        }
      });
    }
  }

  it("when an Office call never answers: the event still completes once (after the call timeout)", async () => {
    const scenario: Scenario = { stub: { failures: { getAllInternetHeadersAsync: "hang" } }, waitMs: 25_000 };
    const run = await raise("onMessageReadWithCustomHeader", message("lookalike-domain.eml"), scenario);
    expect(run.completedCalls).toBe(1);
    expectBarFor("danger", run.bars);
  }, 30_000);

  const properties: StubProperty[] = [
    "item",
    "from",
    "sender",
    "subject",
    "to",
    "cc",
    "attachments",
    "userProfile",
    "notificationMessages",
  ];
  for (const property of properties) {
    it(`when reading item property ${property} throws: every fixture still completes once, with the bar the source gives`, async () => {
      const scenario: Scenario = { stub: { throwingProperties: [property] } };
      for (const [i, name] of fixtureNames.entries()) {
        const run = await raise(handlerNames[i % 2] ?? "onMessageReadWithCustomHeader", message(name), scenario);
        expect(run.completedCalls, name).toBe(1);
        expect(run.bars, name).toEqual(await fromSource(message(name), scenario));
      }
    });
  }

  const fetchModes: FetchMode[] = ["reject", "throw", "http500", "notJson", "invalidPolicy"];
  for (const mode of fetchModes) {
    it(`when the policy fetch ${mode === "throw" ? "throws" : mode === "reject" ? "rejects" : `answers ${mode}`}: the built-in policy judges, and every fixture completes once`, async () => {
      for (const [i, name] of fixtureNames.entries()) {
        const run = await raise(handlerNames[i % 2] ?? "onMessageReadWithCustomHeader", message(name), { fetch: mode });
        expect(run.completedCalls, name).toBe(1);
        expect(run.bars, name).toEqual(await fromSource(message(name)));
        expect(run.fetches, name).toEqual([policyUrl]);
      }
    });
  }

  it("when the policy fetch never answers: the built-in policy judges after the fetch timeout", async () => {
    const run = await raise("onMessageReadWithCustomAttachment", message("facility-name-emotet.eml"), {
      fetch: "hang",
      waitMs: 20_000,
    });
    expect(run.completedCalls).toBe(1);
    expect(run.bars).toEqual(await fromSource(message("facility-name-emotet.eml")));
    expectBarFor("danger", run.bars);
  }, 30_000);

  it("when completed() itself throws: it is called once, the bar is still right and nothing escapes", async () => {
    for (const [i, name] of fixtureNames.entries()) {
      const run = await raise(handlerNames[i % 2] ?? "onMessageReadWithCustomHeader", message(name), {
        completedThrows: true,
      });
      expect(run.completedCalls, name).toBe(1);
      expect(run.bars, name).toEqual(await fromSource(message(name)));
    }
  });

  it("left no unhandled promise rejection behind", () => {
    expect(unhandled).toEqual([]);
  });
});
