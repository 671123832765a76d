import { describe, expect, it } from "vitest";
import { LEVEL_SCALE, mayViewAnswers, profileRound, scoreOf, weightedTotal, type Instrument } from "./sustainability";

const instrument: Instrument = {
  scale: LEVEL_SCALE,
  areas: [
    { id: "prosess", name: "Prosess", factors: [{ id: "fordeler", name: "Fordeler" }, { id: "overvaking", name: "Overvåking" }] },
    { id: "ansatte", name: "Ansatte", factors: [{ id: "toppledelse", name: "Toppledelse" }] },
  ],
};

describe("profileRound", () => {
  it("scores levels a–d as 4–1 and averages raters per factor and area", () => {
    expect(["a", "b", "c", "d", "x", null].map((l) => scoreOf(LEVEL_SCALE, l))).toEqual([4, 3, 2, 1, null, null]);
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

describe("profileRound on another scale", () => {
  it("scores Powell's ja/delvis/nei with the instrument's own scale, and calls ja against nei strong disagreement", () => {
    const powell: Instrument = {
      scale: [
        { key: "ja", label: "Ja", score: 3 },
        { key: "delvis", label: "Delvis", score: 2 },
        { key: "nei", label: "Nei", score: 1 },
      ],
      areas: [{ id: "ledelse", name: "Ledelse", factors: [{ id: "kjenner", name: "Kjenner prosjektet" }] }],
    };
    const profile = profileRound(
      powell,
      [
        { userId: 1, itemId: "kjenner", level: "ja" },
        { userId: 2, itemId: "kjenner", level: "nei" },
      ],
      null,
    );
    expect(profile.factors[0]).toMatchObject({ mean: 2, spread: 2, disagreement: "strong" });
  });
});

describe("weightedTotal", () => {
  const answers = [
    { userId: 1, itemId: "fordeler", level: "a" },
    { userId: 1, itemId: "overvaking", level: "c" },
    { userId: 2, itemId: "fordeler", level: "b" },
    { userId: 2, itemId: "overvaking", level: "d" },
    { userId: 3, itemId: "fordeler", level: "a" },
  ];
  const byFactor = { fordeler: { a: 10, b: 6, c: 3, d: 0 }, overvaking: { a: 8, b: 5, c: 2, d: 0 } };

  it("averages each complete rater's sum of level weights", () => {
    expect(weightedTotal({ source: "NHS 2010", byFactor }, answers)).toBe((12 + 6) / 2);
  });

  it("gives no total without weights, or with weights that name no source", () => {
    expect(weightedTotal(null, answers)).toBeNull();
    expect(weightedTotal({ source: " ", byFactor }, answers)).toBeNull();
  });
});

describe("mayViewAnswers", () => {
  it("hides the others' answers until the rater has submitted, and shows everything once signed", () => {
    expect(mayViewAnswers({ status: "apen" }, { isRater: true, hasSubmitted: false, isAdvisor: false })).toBe(false);
    expect(mayViewAnswers({ status: "apen" }, { isRater: true, hasSubmitted: true, isAdvisor: false })).toBe(true);
    expect(mayViewAnswers({ status: "apen" }, { isRater: false, hasSubmitted: false, isAdvisor: false })).toBe(false);
    expect(mayViewAnswers({ status: "signert" }, { isRater: false, hasSubmitted: false, isAdvisor: false })).toBe(true);
  });

  it("lets the advisor read the answers to review them, unless the advisor is rating and has not submitted", () => {
    expect(mayViewAnswers({ status: "apen" }, { isRater: false, hasSubmitted: false, isAdvisor: true })).toBe(true);
    expect(mayViewAnswers({ status: "apen" }, { isRater: true, hasSubmitted: false, isAdvisor: true })).toBe(false);
  });
});
