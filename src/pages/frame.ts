/**
 * What every page of a session carries around its content, so a wary customer can tell who asks for
 * money and that it is not a real payment when it is not: a TEST badge on a test-mode session (a
 * `header`); and a `footer` naming the shop (its organisation number, customer service and terms
 * where the merchant configured them) and who runs the page. Every page for a person, of a
 * session or not, ends with the language switch: plain links (`?lang=fi`), so it works without
 * JavaScript; the choice is remembered (`http/locale.ts`).
 */
import type { Shop } from "../config/merchants";
import { LOCALE_NAMES, LOCALES } from "../i18n/locales";
import type { Words } from "../i18n/words";
import { type Html, html } from "./html";

/** The session a page belongs to: whose it is, and whether its money is real. */
export interface SessionFrame {
  shop: Shop;
  testMode: boolean;
}

export function testBadge(words: Words, testMode: boolean): Html | "" {
  return testMode ? html`<header class="test">${words.say("page.test_badge")}</header>` : "";
}

function languageSwitch(words: Words): Html {
  const links = LOCALES.map((locale) =>
    locale === words.locale
      ? html`<a href="?lang=${locale}" lang="${locale}" aria-current="true">${LOCALE_NAMES[locale]}</a>`
      : html`<a href="?lang=${locale}" lang="${locale}" hreflang="${locale}">${LOCALE_NAMES[locale]}</a>`,
  );
  return html`<nav aria-label="${words.say("page.language")}">${links}</nav>`;
}

/** `items` joined by `separator`. */
const joined = (items: Html[], separator: string) => items.map((item, i) => html`${i ? separator : ""}${item}`);

/** The shop's ways to be checked and reached, each where configured. */
function shopFacts(words: Words, shop: Shop): Html | "" {
  const { org_number, support_email, support_phone, terms_url } = shop;
  const support = [
    support_email ? html`<a href="mailto:${support_email}">${support_email}</a>` : null,
    support_phone ? html`<a href="tel:${support_phone.replaceAll(" ", "")}">${support_phone}</a>` : null,
  ].filter((way) => way !== null);
  const facts = [
    org_number ? html`${words.say("page.org_number", { number: org_number })}` : null,
    support.length ? html`${words.say("page.support")}: ${joined(support, ", ")}` : null,
    terms_url ? html`<a href="${terms_url}">${words.say("page.terms")}</a>` : null,
  ].filter((fact) => fact !== null);
  return facts.length ? html`<p>${shop.name} · ${joined(facts, " · ")}</p>` : "";
}

/** The page's footer: the shop and who runs the page (on a page of a session), then the language switch. */
export function footer(words: Words, session: SessionFrame | null): Html {
  const about = session ? html`${shopFacts(words, session.shop)}<p>${words.say("page.run_by", { merchant: session.shop.name })}</p>` : "";
  return html`<footer>${about}${languageSwitch(words)}</footer>`;
}
