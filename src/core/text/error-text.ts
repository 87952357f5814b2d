/**
 * A thrown value as text for a report: an Error's message, anything else as a string. Never
 * throws itself, even for values without a toString such as Object.create(null).
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return "(a thrown value that cannot be shown as text)";
  }
}
