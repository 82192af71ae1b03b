/**
 * The payment link's shapes in the merchant API, as zod schemas: the body of `POST /v1/links`,
 * the query of `GET /v1/links`, and the link as answers show it. The same schemas validate
 * requests and document the API (`openapi.ts`).
 */
import * as z from "zod";
import { LINK_ID } from "../domain/ids";
import { LOCALES } from "../i18n/locales";
import {
  DESCRIPTION_MAX_CHARS,
  DESCRIPTION_MIN_CHARS,
  LINK_MAX_PAYMENTS,
  LINK_PAGE_DEFAULT,
  LINK_PAGE_MAX,
  LINK_REFERENCE_PREFIX_MAX_CHARS,
  MAX_AMOUNT,
  REFERENCE_MIN_CHARS,
} from "./limits";
import { CAPTURE_MODES, CURRENCIES } from "./names";
import { CaptureField, LocaleField, MetadataField, MetadataSchema, UrlsSchema } from "./session";

const Amount = z.number().int().min(1).max(MAX_AMOUNT);

export const CreateLinkSchema = z
  .strictObject({
    amount: Amount.nullable().describe("The fixed amount in minor units (29990 is 299.90); null: the customer types it."),
    min_amount: Amount.optional().describe("With `amount: null`: the least the customer may type, in minor units."),
    max_amount: Amount.optional().describe("With `amount: null`: the most the customer may type, in minor units."),
    currency: z.enum(CURRENCIES),
    description: z.string().trim().min(DESCRIPTION_MIN_CHARS).max(DESCRIPTION_MAX_CHARS).optional().describe("Shown to the customer."),
    merchant_reference: z
      .string()
      .trim()
      .min(REFERENCE_MIN_CHARS)
      .max(LINK_REFERENCE_PREFIX_MAX_CHARS)
      .describe("The prefix of each session's `merchant_reference`: `<prefix>-1`, `<prefix>-2`, … in the order they start."),
    max_payments: z
      .number()
      .int()
      .min(1)
      .max(LINK_MAX_PAYMENTS)
      .optional()
      .describe(
        "Stop after this many paid: no payment starts once as many are paid. Payments already started may still complete (see README, Payment links). Default: no limit.",
      ),
    expires_at: z.iso.datetime({ offset: true }).optional().describe("When the link stops taking payments. Default: never."),
    url: UrlsSchema,
    locale: LocaleField,
    capture: CaptureField,
    metadata: MetadataField,
  })
  .superRefine((input, ctx) => {
    if (input.amount !== null) {
      for (const field of ["min_amount", "max_amount"] as const) {
        if (input[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: "only with amount: null" });
      }
    } else if (input.min_amount !== undefined && input.max_amount !== undefined && input.min_amount > input.max_amount) {
      ctx.addIssue({ code: "custom", path: ["max_amount"], message: "must be at least min_amount" });
    }
  });
export type CreateLinkInput = z.output<typeof CreateLinkSchema>;

/** The query of `GET /v1/links`: newest first, `limit` at a time, after the link `starting_after`. */
export const ListLinksSchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(LINK_PAGE_MAX).default(LINK_PAGE_DEFAULT),
  starting_after: z.string().regex(LINK_ID, "a link id").optional().describe("The last link id of the previous page."),
});

export const LinkCountsSchema = z.object({
  opened: z.number().int().describe("Times a person (not a link previewer or scanner) opened the link's page."),
  sessions_started: z.number().int().describe("Sessions the link started: taps on Continue."),
  paid: z.number().int().describe("Of those, the ones paid (authorized)."),
  amount_paid: z.number().int().describe("Their amounts together, in minor units."),
});

export const LinkSchema = z.object({
  id: z.string().describe("`pl_` and 22 base58 symbols: the link code's one-way hash."),
  url: z.url().describe("The link people open: `<origin>/l/<code>`."),
  qr_url: z.url().describe("A QR code of `url`, as SVG."),
  active: z.boolean().describe("False once deactivated: the link starts no payment until activated again."),
  amount: z.number().int().nullable(),
  min_amount: z.number().int().nullable(),
  max_amount: z.number().int().nullable(),
  currency: z.enum(CURRENCIES),
  description: z.string().nullable(),
  merchant_reference: z.string().describe("The prefix of its sessions' references."),
  max_payments: z.number().int().nullable(),
  expires_at: z.iso.datetime().nullable(),
  session_urls: z
    .object({ return_url: z.string().nullable(), callback_url: z.string().nullable() })
    .describe("The body's `url`, given to every session the link starts (`url` here is the link's own)."),
  locale: z.enum(LOCALES).nullable(),
  capture: z.enum(CAPTURE_MODES).nullable().describe("null: the merchant's default when each session starts."),
  metadata: MetadataSchema,
  counts: LinkCountsSchema,
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
export type LinkResource = z.output<typeof LinkSchema>;

export const LinkListSchema = z.object({
  data: z.array(LinkSchema),
  has_more: z.boolean().describe("Whether a next page exists: ask with `starting_after` set to the last id of this one."),
});
