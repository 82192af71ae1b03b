/**
 * The merchant API of payment links: `POST /v1/links` creates one, `GET /v1/links/{id}` and
 * `GET /v1/links` show them with their counts, `POST /v1/links/{id}/deactivate` and `/activate`
 * stop and resume its payments. A link is its merchant's alone: another merchant gets a 404.
 */
import type { IRequest } from "itty-router";
import type { Merchant } from "../config/merchants";
import { isLinkId, linkIdOf, newLinkCode, withFreshCode } from "../domain/ids";
import { linkTermErrors } from "../domain/link-rules";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { parseJsonBody } from "../http/body";
import { idempotent } from "../http/idempotency";
import { fieldErrors, invalidFields, notFound, Problem } from "../http/problem";
import { json } from "../http/respond";
import { urlOf } from "../http/url";
import { linkIndex, linkObject } from "../links/stubs";
import { requestId } from "../log";
import { providerOffer } from "../providers";
import { CreateLinkSchema, type LinkResource, ListLinksSchema } from "../schemas/link";
import type { LinkRow } from "../storage/link-store";

export async function createLink(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  return idempotent(request, env, merchant, (replayable) => create(replayable, env, merchant));
}

async function create(request: Request, env: Env, merchant: Merchant): Promise<Response> {
  const input = await parseJsonBody(request, CreateLinkSchema);
  const now = Date.now();
  const errors = linkTermErrors(input, merchant, now, providerOffer(merchant.default_provider, env, merchant));
  if (errors.length) throw invalidFields(errors);
  const link = await withFreshCode(newLinkCode, async (code) => {
    const id = await linkIdOf(code);
    const row: LinkRow = {
      id,
      code,
      merchant_id: merchant.id,
      mode: merchant.mode,
      active: 1,
      amount: input.amount,
      min_amount: input.min_amount ?? null,
      max_amount: input.max_amount ?? null,
      currency: input.currency,
      description: input.description ?? null,
      reference_prefix: input.merchant_reference,
      max_payments: input.max_payments ?? null,
      expires_at: input.expires_at === undefined ? null : Date.parse(input.expires_at),
      return_url: input.url.return_url ?? null,
      callback_url: input.url.callback_url ?? null,
      locale: input.locale ?? null,
      capture: input.capture ?? null,
      metadata: JSON.stringify(input.metadata ?? {}),
      opened: 0,
      sessions_started: 0,
      paid: 0,
      amount_paid: 0,
      sequence: 0,
      created_at: now,
      updated_at: now,
    };
    // Listed first: a link whose creation fails after is never shown (a page reads each link, and skips one not there).
    await linkIndex(env, merchant.id).add(id, now);
    return linkObject(env, id).create(requestId(), row);
  });
  if (link) return json(link, 201, { location: `/v1/links/${link.id}` });
  throw new Problem({ type: "unavailable", detail: "No link code could be reserved; try again.", headers: { "retry-after": "1" } });
}

/** The merchant's link `id`, or a 404 when it is not one of its own. */
async function ownLink(env: Env, id: string, read: (stub: ReturnType<typeof linkObject>) => Promise<LinkResource | null>) {
  const link = isLinkId(id) ? await read(linkObject(env, id)) : null;
  if (!link) throw notFound("payment link");
  return link;
}

export async function getLink(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  return json(await ownLink(env, request.params.id ?? "", (stub) => stub.detail(merchant.id)));
}

export async function listLinks(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  const parsed = ListLinksSchema.safeParse(Object.fromEntries(urlOf(request).searchParams));
  // A query parameter is not in the body: its errors name it, without a pointer.
  if (!parsed.success) throw invalidFields(fieldErrors(parsed.error).map(({ field, detail }) => ({ field, detail })));
  const { limit, starting_after } = parsed.data;
  const ids = await linkIndex(env, merchant.id).page(starting_after ?? null, limit + 1);
  const links = await Promise.all(ids.slice(0, limit).map((id) => linkObject(env, id).detail(merchant.id)));
  return json({ data: links.filter((link) => link !== null), has_more: ids.length > limit });
}

function setActive(active: boolean) {
  return async (request: IRequest, env: Env): Promise<Response> => {
    const merchant = await authenticate(request, env);
    return idempotent(request, env, merchant, async () =>
      json(await ownLink(env, request.params.id ?? "", (stub) => stub.setActive(merchant.id, active))),
    );
  };
}

export const deactivateLink = setActive(false);
export const activateLink = setActive(true);
