import { describe, expect, it } from "vitest";
import { responsibilityGaps, type GapInput } from "./responsibility-gaps";

const measure = (over: Partial<GapInput["measures"][number]> = {}) => ({ id: 5, name: "Ventetid", ownerAfterProject: "", continuesAfterProject: true, isIllustrative: false, ...over });
const input = (over: Partial<GapInput> = {}): GapInput => ({ projectId: 3, currentStep: "utfore", tiltak: [], measures: [], openDecisions: [], ...over });

describe("responsibilityGaps", () => {
  it("names a tiltak without a responsible person, unless it is stopped", () => {
    const gaps = responsibilityGaps(
      input({
        tiltak: [
          { id: 1, title: "Felles journal", responsiblePerson: " ", stopped: false },
          { id: 2, title: "Avsluttet", responsiblePerson: "", stopped: true },
          { id: 3, title: "Eid", responsiblePerson: "Kari", stopped: false },
        ],
      }),
    );
    expect(gaps).toEqual([{ kind: "tiltak", title: "Felles journal", href: "/prosjekter/3/tiltak/1#endre", reason: "Ingen ansvarlig person" }]);
  });

  it("asks for an owner after the project for measures that continue, before «Kontrollere»", () => {
    const gaps = responsibilityGaps(input({ measures: [measure(), measure({ id: 6, name: "Stopper", continuesAfterProject: false }), measure({ id: 7, ownerAfterProject: "Driftsleder" })] }));
    expect(gaps).toEqual([{ kind: "maling", title: "Ventetid", href: "/prosjekter/3/malinger/5/endre", reason: "Ingen eier etter prosjektet" }]);
  });

  it.each(["kontrollere", "standardisere"])("asks it for every measure in step %s", (currentStep) => {
    const gaps = responsibilityGaps(input({ currentStep, measures: [measure({ continuesAfterProject: false })] }));
    expect(gaps.map((g) => g.title)).toEqual(["Ventetid"]);
  });

  it("leaves out illustrative measures, as «Klar for drift?» does", () => {
    expect(responsibilityGaps(input({ currentStep: "standardisere", measures: [measure({ isIllustrative: true })] }))).toEqual([]);
  });

  it("names an open decision whose owner has no account, linked to its meeting", () => {
    const gaps = responsibilityGaps(
      input({
        openDecisions: [
          { id: 1, text: "Avklare budsjett", meetingId: 9, ownerUserId: null },
          { id: 2, text: "Uten møte", meetingId: null, ownerUserId: null },
          { id: 3, text: "Har eier", meetingId: 9, ownerUserId: 4 },
        ],
      }),
    );
    expect(gaps.map((g) => [g.kind, g.title, g.href])).toEqual([
      ["vedtak", "Avklare budsjett", "/prosjekter/3/styring/moter/9#vedtak-1"],
      ["vedtak", "Uten møte", "/prosjekter/3/styring#vedtak-2"],
    ]);
  });

  it("lists tiltak, then measures, then decisions", () => {
    const gaps = responsibilityGaps(
      input({ openDecisions: [{ id: 1, text: "V", meetingId: null, ownerUserId: null }], measures: [measure()], tiltak: [{ id: 1, title: "T", responsiblePerson: "", stopped: false }] }),
    );
    expect(gaps.map((g) => g.kind)).toEqual(["tiltak", "maling", "vedtak"]);
  });
});
