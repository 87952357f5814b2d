import { useEffect, useState } from "react";
import type { PanePort } from "../../pane-port/pane-port";

export const pinHintSettingKey = "pinHintDismissed";

/**
 * The first-run tip about pinning: shown only where the pane can follow the selection, once per
 * user (remembered in the host's per-user settings when it first appears), below the verdict and
 * its actions.
 */
export function usePinHint(host: PanePort): { visible: boolean; dismiss: () => void } {
  // Read once per pane: the tip stays for this session once shown, and is not shown on the next.
  const [dismissed, setDismissed] = useState(() => host.settings.get(pinHintSettingKey) === true);
  const visible = host.canFollowSelection && !dismissed;
  useEffect(() => {
    // Shown once per user: remembered as soon as it appears, so it is not on every mail until dismissed.
    if (visible) host.settings.set(pinHintSettingKey, true).catch(() => undefined);
  }, [visible, host]);
  const dismiss = (): void => {
    setDismissed(true);
    // If saving fails the tip returns next time, which is harmless.
    host.settings.set(pinHintSettingKey, true).catch(() => undefined);
  };
  return { visible, dismiss };
}
