import { describe, expect, it } from "vitest";
import type { ModelPoint } from "./chart-model";
import { pointText } from "./chart-point-text";

const point: ModelPoint = { x: "2012-03-31", y: 41.25, cl: 36, lcl: 30.5, ucl: 41.2, part: 1, meaning: "concern", side: "high", excluded: true, reasons: ["above_limit"], note: "Ferie" };

describe("pointText", () => {
  it("gives date, value with unit and decimal comma, centre line, limits, meaning with reasons, exclusion and note", () => {
    expect(pointText(point, { unit: "%", chart: "i" })).toEqual([
      "31.03.2012",
      "Verdi: 41,25 %",
      "Midtlinje: 36 %",
      "Grenser: 30,5 % til 41,2 %",
      "Spesiell variasjon, bekymring: over øvre kontrollgrense",
      "Holdt utenfor beregningene",
      "Merknad: Ferie",
    ]);
  });

  it("calls the centre line a median and leaves out limits on a run chart", () => {
    expect(pointText({ ...point, excluded: false, note: "", meaning: "common", reasons: [] }, { unit: "", chart: "run" })).toEqual(["31.03.2012", "Verdi: 41,25", "Median: 36", "Vanlig variasjon"]);
  });
});
