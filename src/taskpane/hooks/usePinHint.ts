import { useState } from "react";
import type { PanePort } from "../../pane-port/pane-port";

export const pinHintSettingKey = "pinHintDismissed";

/**
 * The first-run tip about pinning: shown only where the pane can follow the selection, until the
 * user dismisses it once (remembered in the host's per-user settings).
 */
export function usePinHint(host: PanePort): { visible: boolean; dismiss: () => void } {
  const [dismissed, setDismissed] = useState(() => host.settings.get(pinHintSettingKey) === true);
  const dismiss = (): void => {
    setDismissed(true);
    // If saving fails the tip returns next time, which is harmless.
    host.settings.set(pinHintSettingKey, true).catch(() => undefined);
  };
  return { visible: host.canFollowSelection && !dismissed, dismiss };
}
