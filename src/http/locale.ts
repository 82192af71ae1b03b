/**
 * The language of a page for a person, from the request (`i18n/locales.ts` decides), and the
 * cookie that remembers the person's own pick: a language chosen on the page's switch
 * (`?lang=fi`) holds for every page after it, the provider's return and the sandbox's included.
 */
import type { IRequest } from "itty-router";
import { chooseLocale, isLocale, type Locale } from "../i18n/locales";
import { urlOf } from "./url";

export const LOCALE_COOKIE = "paylink_lang";

/** How long the person's pick is remembered: a year, in seconds. */
const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

function cookie(request: Request, name: string): string | null {
  for (const pair of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, value] = pair.split("=").map((part) => part.trim());
    if (key === name && value !== undefined) return value;
  }
  return null;
}

/** The language asked for on this request's URL (`?lang=`), if it is one of ours: a pick on a page's language switch. */
export function askedLocale(request: Request): Locale | null {
  const asked = urlOf(request).searchParams.get("lang");
  return isLocale(asked) ? asked : null;
}

/** The session's own say, where the page is one of a session. */
export interface SessionLanguage {
  locale: Locale | null;
  currency: string;
}

export function localeOf(request: Request, session: SessionLanguage | null): Locale {
  return chooseLocale({
    asked: askedLocale(request),
    remembered: cookie(request, LOCALE_COOKIE),
    session: session?.locale ?? null,
    acceptLanguage: request.headers.get("accept-language"),
    currency: session?.currency ?? null,
  });
}

/** After every request that picked a language (`?lang=`): remember the pick. */
export function rememberLocale(response: Response, request: IRequest): Response {
  const asked = askedLocale(request);
  if (!asked || response.status === 101) return response;
  const secure = urlOf(request).protocol === "https:" ? "; Secure" : "";
  const remembered = new Response(response.body, response);
  remembered.headers.append(
    "set-cookie",
    `${LOCALE_COOKIE}=${asked}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE_S}; SameSite=Lax; HttpOnly${secure}`,
  );
  return remembered;
}
