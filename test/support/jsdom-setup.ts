// Minimal browser APIs Fluent UI touches that jsdom does not implement: the jsdom project's
// setupFiles entry (vitest.config.ts), so pane test files need no pragma or import.
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

if (typeof window.matchMedia !== "function") {
  // Never matches (no dark scheme, no reduced motion); listeners are accepted and never called.
  const matchMedia = (query: string) =>
    Object.assign(new EventTarget(), { matches: false, media: query, onchange: null });
  Object.defineProperty(window, "matchMedia", { configurable: true, value: matchMedia });
}

if (typeof globalThis.ResizeObserver !== "function") {
  class NoopResizeObserver {
    // Nothing is ever measured in jsdom, so there is nothing to observe.
    observe(): void {
      return undefined;
    }
    unobserve(): void {
      return undefined;
    }
    disconnect(): void {
      return undefined;
    }
  }
  globalThis.ResizeObserver = NoopResizeObserver;
}

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// The page starts loading the pane's deferred chunk at start-up (index.tsx), long before a mail is
// judged; loading it here too keeps the tests from timing a module transform instead of the pane.
// A test that replaces the loader with a failing one sees the failure in the pane, not here.
await import("../../src/taskpane/deferred-loader").then((m) => m.loadDeferredParts()).catch(() => undefined);
