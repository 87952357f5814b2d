import { mailboxOf, type StandinConfig, type StandinLog } from "./config";
import { emlBytes, parseStandinMessage } from "./message";
import { createStandinOffice } from "./office";
import { serveHostedFiles } from "./hosted-files";

/**
 * Browser entry of the Office stand-in. It replaces office.js (tests intercept the CDN request;
 * the playground's server swaps the script tag) and reads its switches from `window.__standin`,
 * or from the parent page when the pane runs in the playground's frame.
 */

function readConfig(): StandinConfig {
  if (window.__standin) return window.__standin;
  try {
    const fromParent = window.parent !== window ? window.parent.__standin : undefined;
    if (fromParent) return fromParent;
  } catch {
    // A parent on another origin: fall through to the empty mailbox.
  }
  return { items: [], selected: -1 };
}

const config = readConfig();
const log: StandinLog = {
  notifications: Object.fromEntries(
    config.items.map((item, index) => [index, (item.notifications ?? []).map((n) => ({ ...n }))]),
  ),
  notificationHistory: [],
  newMessageForms: [],
  calls: [],
  violations: [],
  roamingSaved: [],
  maxConcurrent: 0,
  selected: mailboxOf(config).selected,
  itemChangedHandlers: 0,
};
const loading = Promise.all(config.items.map((item, index) => parseStandinMessage(emlBytes(item), index)));
const standin = createStandinOffice(config, loading, log);
if (config.hostedFiles) serveHostedFiles(config.hostedFiles);
window.__standinControl = { select: standin.select, log };
(window as unknown as { Office: unknown }).Office = standin.office;
