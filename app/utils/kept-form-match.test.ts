import { describe, expect, it } from "vitest";
import { matchKeptForm, type FormShape } from "./kept-form-match";

const shape = (hidden: [string, string][], names: string[], intentButtons: string[] = []): FormShape => ({
  hidden: [["csrf", "nytt-token"], ...hidden],
  names: ["csrf", ...hidden.map(([n]) => n), ...names],
  intentButtons,
});

describe("which form a kept form came from", () => {
  const kept: [string, string][] = [
    ["csrf", "gammelt-token"],
    ["intent", "endre-punkt"],
    ["pointId", "42"],
    ["version", "3"],
    ["value", "12,5"],
  ];

  it("is the one whose intent and record ids match, whatever the form token and version", () => {
    const forms = [
      shape([["intent", "punkt"]], ["date", "value"]),
      shape([["intent", "endre-punkt"], ["pointId", "41"], ["version", "9"]], ["date", "value"]),
      shape([["intent", "endre-punkt"], ["pointId", "42"], ["version", "9"]], ["date", "value"]),
    ];
    expect(matchKeptForm(forms, kept)).toBe(2);
  });

  it("takes an intent carried by the submit button", () => {
    const forms = [shape([["pointId", "42"]], ["value"], ["slett-punkt"]), shape([["pointId", "42"]], ["value"], ["endre-punkt"])];
    expect(matchKeptForm(forms, kept)).toBe(1);
  });

  it("is none when the form is gone or holds none of the typed fields", () => {
    expect(matchKeptForm([], kept)).toBe(-1);
    expect(matchKeptForm([shape([["intent", "endre-punkt"], ["pointId", "42"]], ["note"])], kept)).toBe(-1);
  });

  it("prefers the form that matches on more identifying fields", () => {
    const plain: [string, string][] = [["intent", "lagre"], ["title", "Ny"]];
    const forms = [shape([], ["title"]), shape([["intent", "lagre"]], ["title"])];
    expect(matchKeptForm(forms, plain)).toBe(1);
  });
});
