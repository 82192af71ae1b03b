/**
 * The gateway's own result page, after a return without a merchant return URL: a receipt when
 * paid (merchant, amount, order reference, time, transaction id), in the person's language, the
 * time in the shop's country's zone; otherwise what happened, told apart by who ended it (the shop
 * cancelled the session, or the customer cancelled at the provider), with the way on where there is
 * one.
 */
import type { ReturnState } from "../domain/merchant-return";
import type { MessageKey, Words } from "../i18n/words";
import type { SessionFrame } from "./frame";
import { html } from "./html";
import { messagePage } from "./message-page";

export type Outcome = "paid" | "cancelled_by_shop" | "cancelled_by_you" | "not_completed" | "expired";

/** What the page says for `state` (a session still waiting for its attempt is sent back to the pay page before this). */
export function outcomeOf(state: ReturnState): Outcome {
  if (state.status === "paid") return "paid";
  if (state.status === "cancelled") return "cancelled_by_shop";
  if (state.status === "expired") return "expired";
  return state.attempt === "cancelled" ? "cancelled_by_you" : "not_completed";
}

const WORDS: Record<Outcome, { title: MessageKey; text: MessageKey; again: boolean }> = {
  paid: { title: "pay.paid_title", text: "result.paid_text", again: false },
  cancelled_by_shop: { title: "result.cancelled_by_shop", text: "result.closed", again: false },
  cancelled_by_you: { title: "result.cancelled_by_you", text: "pay.nothing_charged", again: true },
  not_completed: { title: "result.not_completed", text: "pay.nothing_charged", again: true },
  expired: { title: "result.expired", text: "result.closed", again: false },
};

export interface ResultModel {
  words: Words;
  session: SessionFrame;
  code: string;
  state: ReturnState;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  /** When the payment was authorized, in ms since the epoch; null while it is not. */
  paidAt: number | null;
}

export function resultPage(model: ResultModel): Promise<Response> {
  const { words, session } = model;
  const outcome = outcomeOf(model.state);
  const said = WORDS[outcome];
  const facts: [MessageKey, string | null][] = [
    ["result.reference", model.state.merchant_reference],
    ["result.time", model.paidAt === null ? null : words.time(model.paidAt, model.currency)],
    ["result.transaction", model.state.transaction_id],
  ];
  const lines = facts.flatMap(([label, value], i) => (value === null ? [] : [html`${i ? html`<br>` : ""}${words.say(label)}: ${value}`]));
  const details =
    outcome === "paid"
      ? html`<p class="who">${session.shop.name}</p><p class="amount">${words.amount(model.amount, model.currency)}</p><p class="note">${lines}</p>`
      : undefined;
  return messagePage({
    words,
    session,
    title: words.say(said.title),
    text: words.say(said.text),
    details,
    action: said.again ? { href: `/p/${model.code}`, label: words.say("result.try_again") } : undefined,
  });
}
