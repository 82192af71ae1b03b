/**
 * Plain pages for a person: a result without a merchant return URL, a link that does not exist,
 * a provider that could not be reached. Each says what happened and offers the way on. A page of
 * a session carries its frame (`frame.ts`): the TEST badge of a test-mode session, the shop and
 * who runs the page.
 */
import type { MessageKey, Params, Words } from "../i18n/words";
import { footer, type SessionFrame, testBadge } from "./frame";
import { type Html, html, pageResponse } from "./html";

export interface Message {
  words: Words;
  title: string;
  text: string;
  /** Shown between the title and the text: a receipt. */
  details?: Html;
  action?: { href: string; label: string };
  /** The session the page belongs to, if any. */
  session: SessionFrame | null;
  status?: number;
}

export function messagePage(message: Message): Promise<Response> {
  const { words, session } = message;
  const action: Html | string = message.action ? html`<a class="btn" href="${message.action.href}">${message.action.label}</a>` : "";
  return pageResponse({
    lang: words.locale,
    title: message.title,
    status: message.status ?? 200,
    body: html`${testBadge(words, session?.testMode ?? false)}<main><h1>${message.title}</h1>${message.details}<p>${message.text}</p>${action}</main>${footer(words, session)}`,
  });
}

/** A page of a session in one sentence and a way on: `title` and `text` from the catalogue. */
export function sessionMessage(
  words: Words,
  session: SessionFrame,
  parts: { title: MessageKey; text: MessageKey; params?: Params; action: { href: string; label: MessageKey }; status: number },
): Promise<Response> {
  return messagePage({
    words,
    session,
    title: words.say(parts.title),
    text: words.say(parts.text, parts.params),
    action: { href: parts.action.href, label: words.say(parts.action.label) },
    status: parts.status,
  });
}

export const linkNotFound = (words: Words) =>
  messagePage({
    words,
    session: null,
    title: words.say("error.not_found_title"),
    text: words.say("error.not_found_text"),
    status: 404,
  });
