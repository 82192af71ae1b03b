/** How the Worker and the sessions reach a payment link's Durable Object (by its id), and a merchant's index of links. */
import { linkIdOf } from "../domain/ids";
import type { Env } from "../env";
import { memoized } from "../recent";

export type { LinkStartResult, LinkView } from "./link-object";

/** The object of payment link `linkId` (`pl_…`). */
export function linkObject(env: Env, linkId: string) {
  return env.LINKS.get(env.LINKS.idFromName(linkId));
}

/** Link ids of the link codes this isolate has seen lately: a poster's link is opened by many, each open would hash its code again. */
const linkIdOfCode = memoized(1000, linkIdOf);

/** The object of the payment link whose code is `code`. */
export async function linkOfCode(env: Env, code: string) {
  return linkObject(env, await linkIdOfCode(code));
}

/** The index of the links of merchant `merchantId`, newest first. */
export function linkIndex(env: Env, merchantId: string) {
  return env.LINK_INDEX.get(env.LINK_INDEX.idFromName(merchantId));
}
