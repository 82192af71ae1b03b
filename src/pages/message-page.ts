/**
 * Plain pages for a person: a result without a merchant return URL, a link that does not exist,
 * a provider that could not be reached. Each says what happened and offers the way on.
 */
import { type Html, html, pageResponse } from "./html";

export interface Message {
  title: string;
  text: string;
  action?: { href: string; label: string };
  status?: number;
}

export function messagePage(message: Message): Promise<Response> {
  const action: Html | string = message.action ? html`<a class="btn" href="${message.action.href}">${message.action.label}</a>` : "";
  return pageResponse({
    title: message.title,
    status: message.status ?? 200,
    body: html`<main><h1>${message.title}</h1><p>${message.text}</p>${action}</main>`,
  });
}

export const linkNotFound = () =>
  messagePage({
    title: "Payment link not found",
    text: "Check that the link is complete, or ask the shop for a new one.",
    status: 404,
  });
