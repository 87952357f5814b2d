// Minimal browser APIs Fluent UI touches that jsdom does not implement: the jsdom project's
// setupFiles entry (vitest.config.ts), so pane test files need no pragma or import.
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

if (typeof window.matchMedia !== "function") {
  // Never matches (no dark scheme, no reduced motion); listeners are accepted and never called.
  const matchMedia = (query: string) => Object.assign(new EventTarget(), { matches: false, media: query, onchange: null });
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
