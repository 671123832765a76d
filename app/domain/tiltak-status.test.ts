import { describe, expect, it } from "vitest";
import { classifyStatusChange, isStuck, nextEvaluation, statusAfterEvaluation, statusAfterHearing } from "./tiltak-status";

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

  it("is stuck after 180 days without a status change while still being developed", () => {
    expect(isStuck({ status: "planlagt", lastChange: "2024-01-01", nextEvaluationDate: null }, "2024-06-29")).toBe(false);
    expect(isStuck({ status: "planlagt", lastChange: "2024-01-01", nextEvaluationDate: null }, "2024-06-30")).toBe(true);
  });

  it("lets a standardised or evaluated tiltak wait for its next evaluation, and a stopped one for nothing", () => {
    expect(isStuck({ status: "standardisert", lastChange: "2020-01-01", nextEvaluationDate: "2025-01-01" }, "2024-06-30")).toBe(false);
    expect(isStuck({ status: "evaluert", lastChange: "2023-01-01", nextEvaluationDate: "2024-01-01" }, "2024-06-30")).toBe(true);
    expect(isStuck({ status: "evaluert", lastChange: "2023-01-01", nextEvaluationDate: "2025-01-01" }, "2024-06-30")).toBe(false);
    expect(isStuck({ status: "utproving", lastChange: "2020-01-01", nextEvaluationDate: null, stopped: true }, "2024-06-30")).toBe(false);
  });
});

describe("status moved by a hearing or an evaluation", () => {
  it("moves a tiltak to «På høring» when it is sent on hearing, unless it is already further", () => {
    expect(statusAfterHearing("utproving")).toBe("pa_horing");
    expect(statusAfterHearing("planlagt")).toBe("pa_horing");
    expect(statusAfterHearing("pa_horing")).toBeNull();
    expect(statusAfterHearing("standardisert")).toBeNull();
  });

  it("makes a standardised tiltak evaluated at its first evaluation, and leaves other statuses alone", () => {
    expect(statusAfterEvaluation("standardisert")).toBe("evaluert");
    expect(statusAfterEvaluation("evaluert")).toBeNull();
    expect(statusAfterEvaluation("utproving")).toBeNull();
  });
});

describe("nextEvaluation", () => {
  const evaluation = (date: string, decision: string, nextEvaluationDate: string | null) => ({ date, decision, nextEvaluationDate });

  it("is the plan until the tiltak is evaluated, then what the latest evaluation decided", () => {
    expect(nextEvaluation("2014-01-01", [])).toEqual({ date: "2014-01-01", decidedOn: null, stopped: false });
    expect(nextEvaluation("2014-01-01", [evaluation("2014-01-10", "fortsette", "2015-01-10"), evaluation("2015-01-12", "justere", "2015-07-01")])).toEqual({
      date: "2015-07-01",
      decidedOn: "2015-01-12",
      stopped: false,
    });
  });

  it("takes, of two on one day, the one recorded last, and has no next date after «avslutte»", () => {
    expect(nextEvaluation(null, [evaluation("2015-01-12", "fortsette", "2016-01-12"), evaluation("2015-01-12", "avslutte", null)])).toEqual({
      date: null,
      decidedOn: "2015-01-12",
      stopped: true,
    });
  });
});
