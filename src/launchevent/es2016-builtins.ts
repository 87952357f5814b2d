/**
 * The built-ins newer than ECMAScript 2016 that launchevent.js calls, for classic Outlook's
 * JavaScript-only runtime, which promises ES2016 only. Each is installed only where the runtime
 * lacks it, and follows the specification for the way the code here calls it (a test compares
 * each with Node's own). The bare-runtime test lists the newer built-ins the built file calls:
 * a new one fails there until it is added here.
 *
 * Object.getOwnPropertyDescriptors, which the lowering's object-spread helper reads before any
 * module runs, is provided by the lowering itself (scripts/build/es2016.mjs).
 */

type Shims = {
  readonly hasOwn: (target: object, key: PropertyKey) => boolean;
  readonly flatMap: <T, U>(
    this: readonly T[],
    map: (value: T, index: number, array: readonly T[]) => U | readonly U[],
    thisArg?: unknown,
  ) => U[];
  readonly trimEnd: (this: string) => string;
  readonly matchAll: (this: string, pattern: RegExp) => IterableIterator<RegExpExecArray>;
};

export const shims: Shims = {
  hasOwn(target, key) {
    if ((target as unknown) === null || (target as unknown) === undefined)
      throw new TypeError("Cannot convert undefined or null to object");
    return Object.prototype.hasOwnProperty.call(target, key);
  },
  flatMap(map, thisArg) {
    const out: unknown[] = [];
    for (let i = 0; i < this.length; i++) {
      if (!(i in this)) continue;
      const mapped = map.call(thisArg, this[i] as never, i, this);
      if (Array.isArray(mapped)) {
        for (let j = 0; j < mapped.length; j++) if (j in mapped) out.push(mapped[j]);
      } else out.push(mapped);
    }
    return out as never;
  },
  trimEnd() {
    return this.replace(/\s+$/u, "");
  },
  matchAll(pattern) {
    // Only with a global RegExp, as the core calls it; the specification throws for a non-global one too.
    if (!pattern.global) throw new TypeError("matchAll needs a global RegExp");
    const copy = new RegExp(pattern.source, pattern.flags);
    copy.lastIndex = pattern.lastIndex;
    function* matches(text: string): IterableIterator<RegExpExecArray> {
      for (let found = copy.exec(text); found !== null; found = copy.exec(text)) {
        // An empty match must not stop the walk: step over one character (a whole code point with the u flag).
        if (found[0] === "")
          copy.lastIndex =
            copy.unicode && (text.codePointAt(copy.lastIndex) ?? 0) > 0xffff ? copy.lastIndex + 2 : copy.lastIndex + 1;
        yield found;
      }
    }
    return matches(this);
  },
};

function install(target: object, name: string, value: unknown): void {
  if (typeof (target as Record<string, unknown>)[name] === "function") return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

/** Where the runtime lacks them; on import, so that it happens before the modules that call them load. */
export function installEs2016Builtins(): void {
  install(Object, "hasOwn", shims.hasOwn);
  install(Array.prototype, "flatMap", shims.flatMap);
  install(String.prototype, "trimEnd", shims.trimEnd);
  install(String.prototype, "matchAll", shims.matchAll);
}

installEs2016Builtins();
