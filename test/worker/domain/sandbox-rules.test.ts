/** Who is offered the sandbox: test merchants, where the sandbox is on. */
import { describe, expect, it } from "vitest";
import { sandboxRefusal } from "../../../src/domain/sandbox-rules";

describe("sandboxRefusal", () => {
  it.each([
    ["test", {}, null],
    ["test", { enabled: true }, null],
    ["test", { enabled: false }, "the sandbox is off in this environment"],
    ["live", {}, "the sandbox is for test merchants only"],
    ["live", { enabled: true }, "the sandbox is for test merchants only"],
    ["live", { enabled: false }, "the sandbox is for test merchants only"],
  ] as const)("a %s merchant, %j: %j", (mode, options, refusal) => {
    expect(sandboxRefusal(mode, options)).toBe(refusal);
  });
});
