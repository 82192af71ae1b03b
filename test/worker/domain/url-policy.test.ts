/** Which return and callback URLs a merchant may give. */
import { describe, expect, it } from "vitest";
import type { Merchant } from "../../../src/config/merchants";
import { urlProblem } from "../../../src/domain/url-policy";
import { merchant } from "./fixtures";

const base = merchant();
const local = merchant({ allow_http_localhost: true });
const restricted = merchant({ allowed_hosts: ["shop.example"] });

describe("urlProblem", () => {
  const cases: [string, Merchant, string | null][] = [
    ["https://shop.example/return", base, null],
    ["http://shop.example/return", base, "must use https"],
    ["javascript:alert(1)", base, "must use https"],
    ["ftp://shop.example/", base, "must use https"],
    ["https://user:pw@shop.example/", base, "must not contain credentials"],
    ["https://shop.example@evil.example/", base, "must not contain credentials"],
    ["/relative", base, "must be an absolute URL"],
    ["http://localhost:3000/return", local, null],
    ["http://127.0.0.1:3000/return", local, null],
    ["http://[::1]:3000/return", local, null],
    ["http://localhost:3000/return", base, "must not point to localhost"],
    ["https://localhost/return", base, "must not point to localhost"],
    ["https://shop.example/return", restricted, null],
    ["https://pay.shop.example/return", restricted, null],
    ["https://SHOP.EXAMPLE/return", restricted, null],
    ["https://evilshop.example/return", restricted, "host is not allowed for this merchant"],
    ["https://shop.example.evil.example/return", restricted, "host is not allowed for this merchant"],
  ];
  it.each(cases)("%s", (url, who, problem) => {
    expect(urlProblem(url, who)).toBe(problem);
  });
});
