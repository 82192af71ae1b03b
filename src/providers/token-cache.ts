/**
 * Access tokens, kept per isolate until shortly before they expire, and fetched once however many
 * requests need one at the same moment; a call that the provider refuses with 401 forgets the
 * token and is made once more with a fresh one.
 */
import { ProviderError } from "./http";

/** A token is renewed this long before its expiry: 60 s, in ms. */
export const TOKEN_RENEW_MARGIN_MS = 60_000;

export interface FetchedToken {
  token: string;
  /** Lifetime from now, in seconds, as the provider said. */
  expiresIn: number;
}

interface Entry {
  token: Promise<string>;
  expiresAt: number;
}

export class TokenCache {
  private readonly entries = new Map<string, Entry>();

  /** The token cached under `key`, or a fresh one from `fetchToken`. */
  get(key: string, fetchToken: () => Promise<FetchedToken>, now = Date.now()): Promise<string> {
    const entry = this.entries.get(key);
    if (entry && now < entry.expiresAt - TOKEN_RENEW_MARGIN_MS) return entry.token;
    const fresh: Entry = { token: Promise.resolve(""), expiresAt: Number.POSITIVE_INFINITY };
    fresh.token = fetchToken().then(
      ({ token, expiresIn }) => {
        fresh.expiresAt = now + expiresIn * 1000;
        return token;
      },
      (error: unknown) => {
        this.entries.delete(key);
        throw error;
      },
    );
    this.entries.set(key, fresh);
    return fresh.token;
  }

  /** Forgets `key`'s token, e.g. after the provider refused it. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /**
   * `send` with the token cached under `key` (fetched by `fetchToken` when there is none); when the
   * provider refuses that token (a `ProviderError` with 401: revoked, or the secret rotated), the
   * token is forgotten and `send` tried once more with a fresh one. A token endpoint's own 401
   * (wrong credentials) is the answer: asking again would not change it.
   */
  async sendWithToken<T>(key: string, fetchToken: () => Promise<FetchedToken>, send: (token: string) => Promise<T>): Promise<T> {
    const token = await this.get(key, fetchToken);
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 401) throw error;
      this.forget(key);
      return send(await this.get(key, fetchToken));
    }
  }
}

/** The cache every provider client of this isolate shares. */
export const tokens = new TokenCache();
