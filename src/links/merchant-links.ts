/**
 * The Durable Object of one merchant's payment links, named by the merchant's id: their ids in the
 * order they were created, for `GET /v1/links`. It holds no terms and no counts: each page's links
 * are read fresh from their own objects.
 */
import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { LinkIndexStore } from "../storage/link-store";

export class MerchantLinks extends DurableObject<Env> {
  private readonly store: LinkIndexStore;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new LinkIndexStore(ctx.storage.sql, (work) => ctx.storage.transactionSync(work));
  }

  /** Lists a link; listing it again changes nothing. */
  add(linkId: string, createdAt: number): void {
    this.store.add(linkId, createdAt);
  }

  /** Up to `limit` link ids, newest first, after `startingAfter` (null: from the newest). */
  page(startingAfter: string | null, limit: number): string[] {
    return this.store.page(startingAfter, limit);
  }
}
