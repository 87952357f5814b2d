// Turns a source manifest (placeholder URLs, placeholder version) into the one an admin uploads.
import { existsSync, readFileSync } from "node:fs";
import { PLACEHOLDER_BASE } from "./base-url.mjs";

/** The policy schema's default for transportHeader. */
const DEFAULT_TRANSPORT_HEADER = "X-Sender-Guard-Suspect";

/**
 * The header the pilot manifest's custom-header event listens for: the policy file's
 * transportHeader, else the default (also when the file is missing or not JSON).
 * @param {string} policyFile
 * @returns {string}
 */
export function policyTransportHeader(policyFile) {
  if (!existsSync(policyFile)) return DEFAULT_TRANSPORT_HEADER;
  try {
    const policy = JSON.parse(readFileSync(policyFile, "utf8"));
    return typeof policy.transportHeader === "string" && policy.transportHeader !== ""
      ? policy.transportHeader
      : DEFAULT_TRANSPORT_HEADER;
  } catch {
    return DEFAULT_TRANSPORT_HEADER;
  }
}

/**
 * package.json "1.4.2" → manifest "1.4.2.0". Outlook compares manifest versions numerically, so only
 * plain numeric versions are accepted (no "-beta" suffixes).
 * @param {string} packageVersion
 */
export function manifestVersion(packageVersion) {
  const parts = packageVersion.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^(0|[1-9]\d{0,4})$/.test(p))) {
    throw new Error(
      `package.json version must be MAJOR.MINOR.PATCH with numbers only (got "${packageVersion}"); the manifest <Version> is derived from it.`,
    );
  }
  return `${parts.join(".")}.0`;
}

/**
 * @param {string} xml source manifest
 * @param {{ baseUrl: string, version: string, transportHeader: string, sourceName: string, allowLocalhost?: boolean }} options
 * @returns {string}
 */
export function rewriteManifest(xml, { baseUrl, version, transportHeader, sourceName, allowLocalhost = false }) {
  let out = xml.split(PLACEHOLDER_BASE).join(baseUrl);

  // The source's header comment explains the placeholders; the built copy says where it came from instead.
  out = out.replace(
    /^(<\?xml[^>]*\?>\s*)<!--[\s\S]*?-->/,
    `$1<!-- Built by npm run build from ${sourceName} (version ${version}, base ${baseUrl}). Edit the source and rebuild; do not edit this copy. -->`,
  );

  const versions = out.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1)
    throw new Error(`${sourceName}: expected exactly one <Version> element, found ${versions.length}.`);
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);

  // Keep the launch event listening for the header the policy (and its transport rule) uses.
  out = out.replace(
    /(<LaunchEvent\b[^>]*\bType="OnMessageReadWithCustomHeader"[^>]*\bHeaderName=")[^"]*(")/g,
    `$1${transportHeader}$2`,
  );

  if (!allowLocalhost && /localhost/i.test(out)) {
    throw new Error(
      `${sourceName}: "localhost" is still present after rewriting to ${baseUrl}; every URL must start with ${PLACEHOLDER_BASE} in the source.`,
    );
  }
  return out;
}
