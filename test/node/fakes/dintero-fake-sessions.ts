/**
 * What the fake Dintero accepts in `POST /v1/sessions-profile`, and which URL it answers, written
 * from Dintero's API reference (SessionProfile, SessionUrls, PaymentConfiguration) and its hosted
 * payments page: with `configuration.channel` `hosted` or `in_app` and exactly one payment product
 * that supports it, the URL is that product's own page or app deeplink; otherwise it falls back to
 * the Dintero Checkout page.
 */
import { z } from "zod";

/** Payment products the fake knows, as paths inside `configuration`. */
const PRODUCTS = [
  "dintero_psp.vipps",
  "dintero_psp.creditcard",
  "vipps",
  "payex.vipps",
  "payex.mobilepay",
  "payex.creditcard",
  "payex.swish",
  "swish.swish",
] as const;

/** Products with their own hosted page (the hosted payments page names Vipps and MobilePay). */
const HOSTED = new Set<string>(["dintero_psp.vipps", "vipps", "payex.mobilepay"]);

/** Products with an app-switch deeplink for `channel: in_app`, and the app's URL scheme. */
const DEEPLINK: Record<string, string> = {
  "dintero_psp.vipps": "vipps",
  vipps: "vipps",
  "payex.vipps": "vipps",
  "payex.mobilepay": "mobilepay",
  "swish.swish": "swish",
};

const LOOPBACK = new Set(["127.0.0.1", "localhost"]);

/** https, or plain http to this machine (the real Dintero wants https). */
function webUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

/** An app's own URL scheme, which `in_app` sessions may return to. */
const appUrl = (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^(https?|javascript|data):/i.test(value);

const WebUrl = z.string().refine(webUrl, "must be an https URL (http only to 127.0.0.1 or localhost)");

const SessionRequestSchema = z
  .object({
    profile_id: z.string().min(1),
    url: z.object({ return_url: z.string().min(1), callback_url: WebUrl.optional(), merchant_terms_url: WebUrl.optional() }),
    order: z.object({
      amount: z.number().int().positive(),
      currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code"),
      merchant_reference: z.string().min(1),
      vat_amount: z.number().int().min(0).optional(),
      items: z
        .array(
          z.object({
            line_id: z.string().min(1),
            description: z.string().optional(),
            quantity: z.number().positive(),
            amount: z.number().int(),
            vat: z.number().min(0).max(100).optional(),
            vat_amount: z.number().int().optional(),
          }),
        )
        .refine((items) => new Set(items.map((item) => item.line_id)).size === items.length, "line_id must be unique")
        .optional(),
    }),
    customer: z
      .object({
        phone_number: z
          .string()
          .regex(/^\+\d{8,15}$/, "E.123, such as +4799999999")
          .optional(),
        email: z.string().optional(),
      })
      .optional(),
    expires_at: z.iso.datetime({ offset: true }).optional(),
    configuration: z
      .looseObject({ channel: z.enum(["ecommerce", "in_app", "hosted"]).default("ecommerce"), auto_capture: z.boolean().optional() })
      .default({ channel: "ecommerce" }),
  })
  .superRefine((body, ctx) => {
    const returnUrl = body.url.return_url;
    if (!webUrl(returnUrl) && !(body.configuration.channel === "in_app" && appUrl(returnUrl))) {
      ctx.addIssue({ code: "custom", path: ["url", "return_url"], message: "must be an https URL (an app's scheme with channel in_app)" });
    }
  });

type SessionRequest = z.output<typeof SessionRequestSchema>;

interface FieldProblem {
  path: string;
  message: string;
}

/** The request, or every field at fault. */
export function parseSessionRequest(body: unknown): { ok: true; request: SessionRequest } | { ok: false; problems: FieldProblem[] } {
  const parsed = SessionRequestSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  }
  const products = enabledProducts(parsed.data.configuration);
  if (products.length === 0) {
    return { ok: false, problems: [{ path: "configuration", message: "no payment product enabled (the fake's profile enables none)" }] };
  }
  return { ok: true, request: parsed.data };
}

/** The payment products a session's configuration enables, as paths. */
export function enabledProducts(configuration: Record<string, unknown>): string[] {
  return PRODUCTS.filter((path) => {
    const node = path
      .split(".")
      .reduce<unknown>((at, key) => (at && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined), configuration);
    return node !== null && typeof node === "object" && (node as { enabled?: unknown }).enabled === true;
  });
}

/** Where a new session sends the customer: the product's own page or deeplink, or Dintero Checkout. */
export function sessionUrl(
  base: string,
  id: string,
  channel: string,
  products: string[],
  token: string,
): { url: string; product: string | null } {
  const only = products.length === 1 ? (products[0] ?? null) : null;
  const scheme = only ? DEEPLINK[only] : undefined;
  if (channel === "hosted" && only && HOSTED.has(only)) return { url: `${base}/hosted/${id}`, product: only };
  if (channel === "in_app" && only && scheme) return { url: `${scheme}://?token=${token}`, product: only };
  return { url: `${base}/view/${id}`, product: only };
}
