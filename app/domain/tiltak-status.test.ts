import { describe, expect, it } from "vitest";
import { classifyStatusChange, isStuck } from "./tiltak-status";

describe("classifyStatusChange", () => {
  it.each([
    ["ide", "planlagt", "next", false],
    ["pa_horing", "standardisert", "next", false],
    ["ide", "utproving", "skip", true],
    ["standardisert", "utproving", "backward", true],
    ["evaluert", "ide", "backward", true],
    ["utproving", "utproving", "same", false],
  ] as const)("%s → %s is %s", (from, to, kind, needsReason) => {
    expect(classifyStatusChange(from, to)).toEqual({ kind, needsReason });
  });
});

describe("isStuck", () => {
  it("is stuck when the next evaluation date has passed", () => {
    expect(isStuck({ status: "standardisert", lastChange: "2024-01-01T00:00:00Z", nextEvaluationDate: "2024-06-01" }, "2024-06-02")).toBe(true);
    expect(isStuck({ status: "standardisert", lastChange: "2024-01-01T00:00:00Z", nextEvaluationDate: "2024-06-01" }, "2024-06-01")).toBe(false);
  });

  it("is stuck after 180 days without a status change, but an evaluated tiltak never is", () => {
    expect(isStuck({ status: "planlagt", lastChange: "2024-01-01", nextEvaluationDate: null }, "2024-06-29")).toBe(false);
    expect(isStuck({ status: "planlagt", lastChange: "2024-01-01", nextEvaluationDate: null }, "2024-06-30")).toBe(true);
    expect(isStuck({ status: "evaluert", lastChange: "2020-01-01", nextEvaluationDate: "2020-02-01" }, "2024-06-30")).toBe(false);
  });
});
