import { describe, expect, it } from "vitest";
import { levelScore, mayViewAnswers, profileRound, type Instrument } from "./sustainability";

const instrument: Instrument = {
  areas: [
    { id: "prosess", name: "Prosess", factors: [{ id: "fordeler", name: "Fordeler" }, { id: "overvaking", name: "Overvåking" }] },
    { id: "ansatte", name: "Ansatte", factors: [{ id: "toppledelse", name: "Toppledelse" }] },
  ],
};

describe("profileRound", () => {
  it("scores levels a–d as 4–1 and averages raters per factor and area", () => {
    expect(["a", "b", "c", "d", null].map(levelScore)).toEqual([4, 3, 2, 1, null]);
    const profile = profileRound(
      instrument,
      [
        { userId: 1, itemId: "fordeler", level: "a" },
        { userId: 2, itemId: "fordeler", level: "b" },
        { userId: 1, itemId: "overvaking", level: "d" },
        { userId: 2, itemId: "overvaking", level: "d" },
        { userId: 1, itemId: "toppledelse", level: "a" },
        { userId: 2, itemId: "toppledelse", level: "c" },
      ],
      null,
    );
    expect(profile.factors.map((f) => [f.id, f.mean, f.disagreement])).toEqual([
      ["fordeler", 3.5, "some"],
      ["overvaking", 1, "none"],
      ["toppledelse", 3, "strong"],
    ]);
    expect(profile.areas).toEqual([
      { id: "prosess", name: "Prosess", mean: 2.25 },
      { id: "ansatte", name: "Ansatte", mean: 3 },
    ]);
    expect(profile.weakest.map((f) => f.id)).toEqual(["overvaking"]);
  });

  it("shows how each factor moved since the previous round", () => {
    const profile = profileRound(instrument, [{ userId: 1, itemId: "fordeler", level: "b" }], [{ userId: 1, itemId: "fordeler", level: "d" }]);
    expect(profile.factors[0].change).toBe(2);
    expect(profile.factors[1].change).toBeNull();
  });
});

describe("mayViewAnswers", () => {
  it("hides the others' answers until the rater has submitted, and shows everything once signed", () => {
    expect(mayViewAnswers({ status: "apen" }, { isRater: true, hasSubmitted: false })).toBe(false);
    expect(mayViewAnswers({ status: "apen" }, { isRater: true, hasSubmitted: true })).toBe(true);
    expect(mayViewAnswers({ status: "apen" }, { isRater: false, hasSubmitted: false })).toBe(false);
    expect(mayViewAnswers({ status: "signert" }, { isRater: false, hasSubmitted: false })).toBe(true);
  });
});
