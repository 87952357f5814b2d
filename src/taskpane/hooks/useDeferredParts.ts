import { useEffect, useState } from "react";
import { loadDeferredParts, type DeferredParts } from "../deferred-loader";

export type DeferredState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly parts: DeferredParts }
  | { readonly status: "failed" };

/** The deferred chunk of the pane: its components once loaded, or that it failed to load. */
export function useDeferredParts(): DeferredState {
  const [state, setState] = useState<DeferredState>({ status: "loading" });
  useEffect(() => {
    let active = true;
    loadDeferredParts().then(
      (parts) => {
        if (active) setState({ status: "ready", parts });
      },
      () => {
        if (active) setState({ status: "failed" });
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return state;
}
