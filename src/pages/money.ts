/** Amounts as a person reads them: 29990 NOK is "299,90 kr" in Norwegian. */

const LOCALES: Record<string, string> = { NOK: "nb-NO", DKK: "da-DK", EUR: "fi-FI" };

/** Formats `amount` minor units of `currency` (all supported currencies have 2 decimals). */
export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat(LOCALES[currency] ?? "en", { style: "currency", currency }).format(amount / 100);
}
