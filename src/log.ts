/**
 * Structured logs: one JSON object per line, with phone numbers and e-mail addresses taken out of
 * every string first, so that no personal data reaches the logs even when a provider's error
 * message repeats what it was sent.
 */

/** An e-mail address, or a run of 8 or more digits (with spaces, dots or dashes between). */
const PERSONAL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d(?:[\s.-]?\d){7,}/g;

export function redact(text: string): string {
  return text.replace(PERSONAL, "[redacted]");
}

type Level = "info" | "warn" | "error";

function scrub(value: unknown): unknown {
  if (typeof value === "string") return redact(value);
  if (value instanceof Error) return redact(value.stack ?? `${value.name}: ${value.message}`);
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrub(inner)]));
  return value;
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, msg, ...(scrub(fields) as Record<string, unknown>) });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}
