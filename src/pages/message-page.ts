/**
 * Plain pages for a person: a result without a merchant return URL, a link that does not exist,
 * a provider that could not be reached. Each says what happened and offers the way on. A page of
 * a session names the merchant it runs for, and a test-mode session's carries a TEST badge.
 */
import { type Html, html, pageResponse } from "./html";

export interface Message {
  title: string;
  text: string;
  /** Shown between the title and the text: a receipt. */
  details?: Html;
  action?: { href: string; label: string };
  /** The session's merchant and mode, on a page of a session. */
  session?: { merchantName: string; testMode: boolean };
  status?: number;
}

export function messagePage(message: Message): Promise<Response> {
  const action: Html | string = message.action ? html`<a class="btn" href="${message.action.href}">${message.action.label}</a>` : "";
  const { session } = message;
  const badge = session?.testMode ? html`<div class="test">TEST</div>` : "";
  const runBy = session ? html`<p class="note">Payment page run by paylink for ${session.merchantName}</p>` : "";
  return pageResponse({
    title: message.title,
    status: message.status ?? 200,
    body: html`${badge}<main><h1>${message.title}</h1>${message.details}<p>${message.text}</p>${action}${runBy}</main>`,
  });
}

export const linkNotFound = () =>
  messagePage({
    title: "Payment link not found",
    text: "Check that the link is complete, or ask the shop for a new one.",
    status: 404,
  });
