/** The payment method's brand on a page: the app's name, and the class that gives the page its colour. */
import type { PaymentMethod } from "../schemas/session";
import { type Html, html } from "./html";

export const METHOD_NAMES: Record<PaymentMethod, string> = { vipps: "Vipps", mobilepay: "MobilePay" };

/** What gives a page its brand's colour: the stylesheet's `.mp` for MobilePay; Vipps is its default. */
export const BRAND_CLASSES: Record<PaymentMethod, Html | ""> = { vipps: "", mobilepay: html` class="mp"` };
