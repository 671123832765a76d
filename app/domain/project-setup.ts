// What a new project should do first, in order, judged from what it has registered.
export type SetupCounts = { organisations: number; groups: number; people: number; phases: number; work: number };
export type SetupStep = { id: "organisasjoner" | "organisering" | "personer" | "faser" | "aktivitet"; text: string; path: string; done: boolean };

export function setupSteps(counts: SetupCounts): SetupStep[] {
  return [
    { id: "organisasjoner", text: "Legg til organisasjonene som er med, og regionene deres", path: "organisasjoner", done: counts.organisations > 0 },
    { id: "organisering", text: "Beskriv prosjektorganiseringen: eier, styringsgruppe, prosjektgruppe og nettverk", path: "organisering", done: counts.groups > 0 },
    // The creator is the first member: the step is done when someone else is in.
    { id: "personer", text: "Inviter prosjektgruppen, styringsgruppen og rådgiveren", path: "personer", done: counts.people > 1 },
    { id: "faser", text: "Legg inn fasene, for eksempel forprosjekt og hovedprosjekt", path: "innstillinger#faser", done: counts.phases > 0 },
    { id: "aktivitet", text: "Registrer det første arbeidet i steg 1, Forberedelse", path: "aktiviteter/ny", done: counts.work > 0 },
  ];
}

/** The steps left, or none once the project has all of them. */
export const remainingSetup = (counts: SetupCounts) => {
  const steps = setupSteps(counts);
  return steps.every((s) => s.done) ? [] : steps;
};
