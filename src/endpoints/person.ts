/**
 * What a page for a person needs beyond its own content: its words, in the language the request
 * and the session choose (`http/locale.ts`), and, on a page of a session, its frame (the shop as
 * configured, and whether the session is in test mode).
 */
import type { IRequest } from "itty-router";
import { merchantById } from "../config/config";
import type { Shop } from "../config/merchants";
import type { Env } from "../env";
import { localeOf, type SessionLanguage } from "../http/locale";
import { type Words, wordsFor } from "../i18n/words";
import type { SessionFrame } from "../pages/frame";
import type { PageFacts } from "../session/results";

/** A session's pages follow its `locale`, else the person, else its currency's country (`http/locale.ts`). */
export function wordsOf(request: IRequest, session: SessionLanguage | null): Words {
  return wordsFor(localeOf(request, session));
}

export function frameOf(env: Env, words: Words, session: PageFacts): SessionFrame {
  const merchant = merchantById(env, session.merchant_id);
  // Only what a customer may see of the merchant's configuration reaches a page.
  const shop: Shop = merchant
    ? {
        name: merchant.name,
        org_number: merchant.org_number,
        support_email: merchant.support_email,
        support_phone: merchant.support_phone,
        terms_url: merchant.terms_url,
      }
    : { name: words.say("page.the_shop") };
  return { shop, testMode: session.mode === "test" };
}
