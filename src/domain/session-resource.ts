/**
 * How stored rows are shown to the merchant: the session resource of the API and of webhooks,
 * with times as ISO 8601 strings.
 */
import type { SessionDetail, SessionResource } from "../schemas/session";
import type { AttemptRow, DeliveryRow, EventRow, SessionRow } from "../storage/session-store";

const iso = (ms: number) => new Date(ms).toISOString();

export function sessionResource(row: SessionRow): SessionResource {
  return {
    id: row.id,
    status: row.status,
    pay_url: row.pay_url,
    order: {
      amount: row.amount,
      currency: row.currency as SessionResource["order"]["currency"],
      merchant_reference: row.merchant_reference,
      ...(row.description === null ? {} : { description: row.description }),
    },
    url: { return_url: row.return_url, callback_url: row.callback_url },
    provider: row.provider,
    payment_method: row.payment_method,
    handoff: row.handoff_policy,
    locale: row.locale,
    capture: row.capture_mode,
    authorized_amount: row.authorized_amount,
    captured_amount: row.captured_amount,
    refunded_amount: row.refunded_amount,
    customer: JSON.parse(row.customer) as SessionResource["customer"],
    metadata: JSON.parse(row.metadata) as SessionResource["metadata"],
    link_id: row.link_id,
    transaction_id: row.transaction_id,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    expires_at: iso(row.expires_at),
  };
}

export function sessionDetail(row: SessionRow, attempts: AttemptRow[], events: EventRow[], deliveries: DeliveryRow[]): SessionDetail {
  return {
    ...sessionResource(row),
    attempts: attempts.map((attempt) => ({
      n: attempt.n,
      reference: attempt.reference,
      handoff: attempt.handoff,
      status: attempt.status,
      created_at: iso(attempt.created_at),
      updated_at: iso(attempt.updated_at),
    })),
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      created_at: iso(event.created_at),
      detail: JSON.parse(event.detail) as SessionDetail["events"][number]["detail"],
      delivery: event.delivery && {
        state: event.delivery,
        attempts: deliveries
          .filter((delivery) => delivery.event_id === event.id)
          .map((delivery) => ({ at: iso(delivery.at), status: delivery.status, error: delivery.error })),
        next_attempt_at: event.next_attempt_at === null ? null : iso(event.next_attempt_at),
      },
    })),
  };
}
