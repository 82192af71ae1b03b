/** How the Worker and the sessions reach a payment link's Durable Object (by its id), and a merchant's index of links. */
import type { Env } from "../env";

export type { LinkStartResult, LinkView } from "./link-object";

/** The object of payment link `linkId` (`pl_…`). */
export function linkObject(env: Env, linkId: string) {
  return env.LINKS.get(env.LINKS.idFromName(linkId));
}

/** The index of the links of merchant `merchantId`, newest first. */
export function linkIndex(env: Env, merchantId: string) {
  return env.LINK_INDEX.get(env.LINK_INDEX.idFromName(merchantId));
}
