/**
 * The merchant API's shapes, as zod schemas: what requests must look like, and what the gateway
 * answers. The request bodies are shaped like Dintero's session API so Dintero merchants feel at
 * home. The same schemas validate requests and document the API.
 */
import * as z from "zod";
import { PROVIDERS } from "../config/merchants";
import { LOCALES } from "../i18n/locales";
import {
  DESCRIPTION_MAX_CHARS,
  DESCRIPTION_MIN_CHARS,
  EMAIL_MAX_CHARS,
  MAX_AMOUNT,
  METADATA_KEY_MAX_CHARS,
  METADATA_KEY_MIN_CHARS,
  METADATA_MAX_KEYS,
  METADATA_VALUE_MAX_CHARS,
  PHONE_MAX_CHARS,
  REFERENCE_MAX_CHARS,
  REFERENCE_MIN_CHARS,
  REFUND_REASON_MAX_CHARS,
  URL_MAX_CHARS,
} from "./limits";

import {
  ATTEMPT_STATUSES,
  CAPTURE_MODES,
  CURRENCIES,
  HANDOFF_POLICIES,
  HANDOFFS,
  PAY_STATUSES,
  PAYMENT_METHODS,
  SESSION_STATUSES,
  WEBHOOK_TYPES,
} from "./names";

export * from "./names";

const MetadataValue = z.union([z.string().max(METADATA_VALUE_MAX_CHARS), z.number(), z.boolean(), z.null()]);
/** Keys that would reach an object's prototype in a merchant's JavaScript are refused by name. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MetadataKey = z
  .string()
  .min(METADATA_KEY_MIN_CHARS)
  .max(METADATA_KEY_MAX_CHARS)
  .refine((key) => !RESERVED_KEYS.has(key), "a reserved name");

/** The merchant's URLs: a session's, and a payment link's for each session it starts. */
export const UrlsSchema = z
  .strictObject({
    return_url: z.url().max(URL_MAX_CHARS).optional().describe("Where the customer's browser returns after paying."),
    callback_url: z.url().max(URL_MAX_CHARS).optional().describe("Where signed webhooks are sent."),
  })
  .default({});

export const LocaleField = z
  .enum(LOCALES)
  .optional()
  .describe(
    "The language of the customer's pages: nb (Norwegian bokmål), da, fi, sv or en. Default: the customer's browser's language, else the currency's country's. The customer can still switch.",
  );

export const CaptureField = z
  .enum(CAPTURE_MODES)
  .optional()
  .describe("automatic: the gateway captures the whole amount once authorized; manual: the merchant captures. Default: the merchant's.");

export const MetadataField = z
  .unknown()
  .superRefine((value, ctx) => {
    // zod's record leaves a `__proto__` key out without a word: refuse it by name first.
    if (value && typeof value === "object" && Object.hasOwn(value, "__proto__")) {
      ctx.addIssue({ code: "custom", path: ["__proto__"], message: "a reserved name" });
    }
  })
  .pipe(
    z
      .record(MetadataKey, MetadataValue)
      .refine((record) => Object.keys(record).length <= METADATA_MAX_KEYS, `at most ${METADATA_MAX_KEYS} keys`),
  )
  .optional();

/** Metadata as answers show it. */
export const MetadataSchema = z.record(z.string(), MetadataValue);

export const OrderSchema = z.strictObject({
  amount: z.number().int().min(1).max(MAX_AMOUNT).describe("Amount in minor units: 29990 is 299.90."),
  currency: z.enum(CURRENCIES),
  merchant_reference: z.string().trim().min(REFERENCE_MIN_CHARS).max(REFERENCE_MAX_CHARS),
  description: z.string().trim().min(DESCRIPTION_MIN_CHARS).max(DESCRIPTION_MAX_CHARS).optional().describe("Shown to the customer."),
});

export const CreateSessionSchema = z.strictObject({
  order: OrderSchema,
  url: UrlsSchema,
  provider: z.enum(PROVIDERS).optional().describe("Defaults to the merchant's provider."),
  payment_method: z.enum(PAYMENT_METHODS).optional().describe("Defaults from the currency."),
  handoff: z
    .enum(HANDOFF_POLICIES)
    .default("auto")
    .describe(
      "auto: by device; hosted: always the provider's https page; app: the app deeplink where the device can follow it (a phone, in its browser or the merchant's app), else the https page.",
    ),
  locale: LocaleField,
  capture: CaptureField,
  customer: z
    .strictObject({
      phone_number: z
        .string()
        .max(PHONE_MAX_CHARS)
        .optional()
        .describe("As people type it (+47 999 99 999, 004799999999, or national: 99999999 for NOK); stored as E.164."),
      email: z.email().max(EMAIL_MAX_CHARS).optional(),
    })
    .optional(),
  expires_at: z.iso.datetime({ offset: true }).optional().describe("Link lifetime: default 24 h, at most 30 days."),
  metadata: MetadataField,
});
export type CreateSessionInput = z.output<typeof CreateSessionSchema>;

const MoneyAmount = z.number().int().min(1).max(MAX_AMOUNT).describe("Minor units; all that is left when not given.");

/** `POST /v1/sessions/{id}/capture`: the body may be left out. */
export const CaptureSchema = z.strictObject({ amount: MoneyAmount.optional() });

/** `POST /v1/sessions/{id}/refund`: the body may be left out. */
export const RefundSchema = z.strictObject({
  amount: MoneyAmount.optional(),
  reason: z.string().trim().min(1).max(REFUND_REASON_MAX_CHARS).optional().describe("For the provider's records."),
});

export const AttemptSchema = z.object({
  n: z.number().int(),
  reference: z.string(),
  handoff: z.enum(HANDOFFS),
  status: z.enum(ATTEMPT_STATUSES),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});

export const DeliverySchema = z.object({
  at: z.iso.datetime(),
  status: z.number().int().nullable().describe("HTTP status, or null when no answer came."),
  error: z.string().nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  type: z.string(),
  created_at: z.iso.datetime(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  delivery: z
    .object({
      state: z.enum(["pending", "delivered", "failed"]),
      attempts: z.array(DeliverySchema),
      next_attempt_at: z.iso.datetime().nullable(),
    })
    .nullable()
    .describe("Webhook delivery to the merchant; null for events that are not sent."),
});

export const SessionSchema = z.object({
  id: z.string(),
  status: z.enum(SESSION_STATUSES),
  pay_url: z.url(),
  order: OrderSchema,
  url: z.object({ return_url: z.string().nullable(), callback_url: z.string().nullable() }),
  provider: z.enum(PROVIDERS),
  payment_method: z.enum(PAYMENT_METHODS),
  handoff: z.enum(HANDOFF_POLICIES),
  locale: z.enum(LOCALES).nullable().describe("The language set on create; null: the customer's own."),
  capture: z.enum(CAPTURE_MODES),
  authorized_amount: z.number().int().describe("Reserved by the authorization and not released, in minor units."),
  captured_amount: z.number().int().describe("Captured, in minor units."),
  refunded_amount: z.number().int().describe("Refunded, in minor units."),
  customer: z.object({ phone_number: z.string().optional(), email: z.string().optional() }),
  metadata: MetadataSchema,
  link_id: z
    .string()
    .nullable()
    .describe("The payment link (`pl_…`) that started the session; null for a session created through the API."),
  transaction_id: z.string().nullable(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
});
export type SessionResource = z.output<typeof SessionSchema>;

export const SessionDetailSchema = SessionSchema.extend({
  attempts: z.array(AttemptSchema),
  events: z.array(EventSchema),
});
export type SessionDetail = z.output<typeof SessionDetailSchema>;

export const WebhookSchema = z.object({
  id: z.string().describe("Event id: the same on every delivery of one event."),
  type: z.enum(WEBHOOK_TYPES),
  created_at: z.iso.datetime(),
  detail: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .describe("What this event adds: a capture's or refund's `amount`, what a cancel `released` (minor units)."),
  data: SessionSchema,
});

export const StatusSchema = z.object({
  status: z.enum(PAY_STATUSES).describe("paid once the payment is authorized, whatever the merchant does with it after."),
  attempt: z.enum(ATTEMPT_STATUSES).nullable().describe("How the latest payment attempt stands; null before the first."),
  updated_at: z.iso.datetime(),
});
export type PayStatus = z.output<typeof StatusSchema>;
