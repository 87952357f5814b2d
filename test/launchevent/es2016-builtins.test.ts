import { describe, expect, it } from "vitest";
import { shims } from "../../src/launchevent/es2016-builtins";

/** The stand-ins for built-ins newer than ES2016 answer like Node's own, for the calls the core makes. */
describe("es2016-builtins", () => {
  it("hasOwn: own keys only, throws for null and undefined", () => {
    const table = Object.assign(Object.create({ inherited: 1 }) as Record<string, number>, { own: 1 });
    for (const key of ["own", "inherited", "toString", "missing"])
      expect(shims.hasOwn(table, key), key).toBe(Object.hasOwn(table, key));
    expect(() => shims.hasOwn(null as unknown as object, "x")).toThrow(TypeError);
  });

  it("flatMap: one level, holes skipped, thisArg passed", () => {
    const cases: unknown[][] = [[1, [2, 3], [[4]], "ab"], [], [1, , 3], ["x+", "y"]]; // eslint-disable-line no-sparse-arrays -- holes are part of the contract
    const map = function (this: unknown, value: unknown, index: number): unknown {
      return typeof value === "string" && value.endsWith("+")
        ? [value, index, this]
        : Array.isArray(value)
          ? value
          : [value, [index]];
    };
    for (const list of cases) expect(shims.flatMap.call(list, map, "t")).toEqual(list.flatMap(map, "t"));
    const sparseResult = [1, , 2]; // eslint-disable-line no-sparse-arrays -- a hole in a mapped array is skipped
    expect(shims.flatMap.call([0], () => sparseResult)).toEqual([0].flatMap(() => sparseResult));
  });

  it("trimEnd: the same whitespace as the built-in", () => {
    for (const text of ["a  ", "  a", "a\u3000\t\n\r\u00a0\ufeff\u2028", "", "   ", "a b \u200b"])
      expect(shims.trimEnd.call(text), JSON.stringify(text)).toBe(text.trimEnd());
  });

  it("matchAll: every match with groups and index, empty matches stepped over by code point, the pattern untouched", () => {
    const cases: [string, RegExp][] = [
      ["a\u202Bxyz\u202C b\u202Ecd", /[\u202B\u202E\u2067]([^\u202C\u2069]*)/g],
      ["Ρeρe.ν2@Αirdrορ µTorrent", /[a-zα-ωΑ-Ω0-9µ]+/gu],
      ["😀a😀", /(?:)/gu],
      ["😀a😀", /(?:)/g],
      ["no match", /z/g],
    ];
    for (const [text, pattern] of cases) {
      pattern.lastIndex = 0;
      const shimmed = Array.from(shims.matchAll.call(text, pattern), (m) => [m[0], m[1], m.index]);
      const native = Array.from(text.matchAll(pattern), (m) => [m[0], m[1], m.index]);
      expect(shimmed, String(pattern)).toEqual(native);
      expect(pattern.lastIndex).toBe(0);
    }
    expect(() => shims.matchAll.call("a", /a/)).toThrow(TypeError);
  });
});
