import { callOffice, describeFailure } from "./async";
import type { RoamingSettingsPort } from "./ports";
import { errorText } from "../core/text/error-text";

/**
 * Per-user preferences in Outlook's roaming settings (32 KB per add-in, synced with the mailbox).
 * Without roaming settings (outside Outlook) values live in memory for the session.
 */

export type SaveStatus =
  | { readonly status: "saved" }
  | { readonly status: "memoryOnly" }
  | { readonly status: "failed"; readonly detail: string };

export type SettingsStore = {
  readonly get: (key: string) => unknown;
  readonly set: (key: string, value: unknown) => Promise<SaveStatus>;
};

export function createSettingsStore(roaming: RoamingSettingsPort | undefined, timeoutMs?: number): SettingsStore {
  const memory = new Map<string, unknown>();
  return {
    get(key) {
      if (memory.has(key)) return memory.get(key);
      try {
        return roaming?.get(key) as unknown;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      memory.set(key, value);
      if (!roaming) return { status: "memoryOnly" };
      try {
        roaming.set(key, value);
      } catch (error) {
        return { status: "failed", detail: errorText(error) };
      }
      const outcome = await callOffice<unknown>(
        (done) => {
          roaming.saveAsync(done);
        },
        { timeoutMs },
      );
      return outcome.ok ? { status: "saved" } : { status: "failed", detail: describeFailure(outcome.error) };
    },
  };
}
