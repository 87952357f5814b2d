// Decides the public base URL the build writes into the manifests.
// Production builds must be told where dist/ will be served; development builds default to the local address.

export const PLACEHOLDER_BASE = "https://localhost:3000";

const HOW_TO = [
  "Set ADDIN_BASE_URL to the HTTPS folder where the contents of dist/ will be served, for example:",
  "  ADDIN_BASE_URL=https://addin.example.org/sender-guard npm run build",
  '(PowerShell: $env:ADDIN_BASE_URL="https://addin.example.org/sender-guard"; npm run build)',
  "For a local development build use: npm run build:dev",
].join("\n");

/**
 * @param {{ mode: "production" | "development", value: string | undefined }} input
 * @returns {string} the base URL without a trailing slash
 */
export function resolveBaseUrl({ mode, value }) {
  const raw = value?.trim() ?? "";
  if (raw === "") {
    if (mode === "development") return PLACEHOLDER_BASE;
    throw new Error(
      `ADDIN_BASE_URL is not set. The production build writes the add-in's public address into manifest.xml.\n${HOW_TO}`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a valid URL (got "${raw}").\n${HOW_TO}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must start with https:// — Outlook loads add-ins only over HTTPS (got "${raw}").\n${HOW_TO}`,
    );
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(
      `ADDIN_BASE_URL must be a plain folder address without query, fragment or credentials (got "${raw}").`,
    );
  }
  if (mode === "production" && /^(localhost|127\.|\[::1\])/i.test(url.hostname)) {
    throw new Error(
      `ADDIN_BASE_URL points at this machine (${url.hostname}); a production build must use the public address.\n${HOW_TO}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}
