import { parsePolicy, type PolicyIssue } from "../../src/core/policy/parse";

export const maxEmlBytes = 10 * 1024 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file counts as a message by its extension or its media type (Windows often gives none). */
export function looksLikeEml(file: { readonly name: string; readonly type: string }): boolean {
  return /\.eml$/iu.test(file.name) || file.type === "message/rfc822";
}

export type PolicyChoice =
  | { readonly kind: "default" }
  | { readonly kind: "loaded"; readonly name: string; readonly text: string }
  | { readonly kind: "invalid"; readonly name: string; readonly text: string; readonly issues: readonly PolicyIssue[] };

/** Validates a policy file the user chose; the same validation the pane runs on the hosted file. */
export function choosePolicy(name: string, text: string): PolicyChoice {
  const result = parsePolicy(text);
  return result.ok ? { kind: "loaded", name, text } : { kind: "invalid", name, text, issues: result.issues };
}
