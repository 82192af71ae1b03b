/**
 * In front of the sandbox's pages and form (`/sandbox/*`, wired in `index.ts`): where the sandbox
 * is off (production, `SANDBOX_ENABLED = "false"`), they do not exist, and answer as any unknown
 * endpoint does.
 */
import type { IRequest } from "itty-router";
import { configOf } from "../config/config";
import type { Env } from "../env";
import { notFound } from "../http/problem";

/** Middleware: lets a request through where the sandbox is on, and answers 404 where it is off. */
export function requireSandbox(_request: IRequest, env: Env): Response | undefined {
  return configOf(env).sandboxEnabled ? undefined : notFound("endpoint").toResponse();
}
