import { describe, expect, it } from "vitest";
import { remainingSetup, setupSteps } from "./project-setup";

const empty = { organisations: 0, groups: 0, people: 1, phases: 0, work: 0 };

describe("what a new project does first", () => {
  it("lists every step as not done for a project with only its creator", () => {
    expect(setupSteps(empty).map((s) => [s.id, s.done])).toEqual([
      ["organisasjoner", false],
      ["organisering", false],
      ["personer", false],
      ["faser", false],
      ["aktivitet", false],
    ]);
  });

  it("marks each step done by its own count, and counts people beyond the creator", () => {
    const steps = setupSteps({ organisations: 3, groups: 0, people: 2, phases: 0, work: 1 });
    expect(steps.filter((s) => s.done).map((s) => s.id)).toEqual(["organisasjoner", "personer", "aktivitet"]);
  });

  it("shows nothing once everything is in place, and the whole list while anything is missing", () => {
    expect(remainingSetup({ organisations: 1, groups: 1, people: 2, phases: 1, work: 1 })).toEqual([]);
    expect(remainingSetup({ organisations: 1, groups: 1, people: 2, phases: 0, work: 1 })).toHaveLength(5);
  });
});
