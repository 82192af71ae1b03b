/** How a stored payment link is shown to the merchant: the link resource of the API, with times as ISO 8601 strings. */
import type { LinkResource } from "../schemas/link";
import type { LinkRow } from "../storage/link-store";

const iso = (ms: number) => new Date(ms).toISOString();

/** The link's URL for people: `<origin>/l/<code>`. */
export function linkUrl(origin: string, code: string): string {
  return `${origin}/l/${code}`;
}

export function linkResource(row: LinkRow, origin: string): LinkResource {
  const url = linkUrl(origin, row.code);
  return {
    id: row.id,
    url,
    qr_url: `${url}/qr.svg`,
    active: row.active === 1,
    amount: row.amount,
    min_amount: row.min_amount,
    max_amount: row.max_amount,
    currency: row.currency as LinkResource["currency"],
    description: row.description,
    merchant_reference: row.reference_prefix,
    max_payments: row.max_payments,
    expires_at: row.expires_at === null ? null : iso(row.expires_at),
    session_urls: { return_url: row.return_url, callback_url: row.callback_url },
    locale: row.locale,
    capture: row.capture,
    metadata: JSON.parse(row.metadata) as LinkResource["metadata"],
    counts: { opened: row.opened, sessions_started: row.sessions_started, paid: row.paid, amount_paid: row.amount_paid },
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  };
}
