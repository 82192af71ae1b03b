/**
 * One delivery of a webhook to a merchant: a signed JSON POST that counts as delivered only on a
 * 2xx answer within the timeout. A redirect is never followed (it could lead anywhere the URL
 * policy refuses): a 3xx is a failed try, recorded with its status.
 */
import { isTimeout } from "../http/fetch-failure";
import { SIGNATURE_HEADER, signPayload } from "../signatures/paylink";

/** How long a merchant's endpoint has to answer: 10 s, in ms. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface DeliveryResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

export async function deliverWebhook(url: string, payload: string, secrets: readonly string[], eventId: string): Promise<DeliveryResult> {
  const signature = await signPayload(secrets, payload, Math.floor(Date.now() / 1000));
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "paylink-webhooks/1",
        "paylink-event-id": eventId,
        [SIGNATURE_HEADER]: signature,
      },
      body: payload,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { ok, status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, status: null, error: isTimeout(error) ? "timeout" : "unreachable" };
  }
}
