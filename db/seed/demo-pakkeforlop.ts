// A smaller second project with a different project leader, so separation between projects can be seen.
import type { DemoProject } from "./demo-spec";
import { illustrativeMonthlyProportions, illustrativeMonthlyValues } from "./illustrative";

const KOMMUNE = "Levanger kommune";
const DPS = "DPS Levanger";

export const pakkeforlopDemo: DemoProject = {
  name: "Pakkeforløp psykisk helse og rus i Levanger",
  shortName: "Pakkeforløp Levanger",
  description:
    "Levanger kommune og DPS Levanger innfører pakkeforløp for psykisk helse og rus sammen: forløpskoordinator på begge nivåer, felles henvisningsrutine og verktøy for brukertilbakemelding.",
  owner: "Samarbeidsutvalget Levanger",
  funder: "Egne midler",
  targetGroup: "Voksne med psykiske lidelser og/eller rusproblemer som henvises til spesialisthelsetjenesten.",
  currentStep: "planlegge",
  startDate: "2018-09-01",
  endDate: "2020-12-31",
  phases: [
    { name: "Forberedelse", startDate: "2018-09-01", endDate: "2019-03-31", description: "Organisering og kartlegging av dagens henvisningspraksis." },
    { name: "Innføring", startDate: "2019-04-01", endDate: "2020-12-31", description: "Forløpskoordinatorer og felles rutiner tas i bruk." },
  ],
  organisations: [
    { name: KOMMUNE, level: "kommune", kind: "kommune", region: "Innherred" },
    { name: "Helse Nord-Trøndelag HF", level: "spesialisthelsetjeneste", kind: "helseforetak" },
    { name: DPS, level: "spesialisthelsetjeneste", kind: "dps" },
    { name: "Mental Helse", level: "bruker_parorende", kind: "brukerorganisasjon" },
  ],
  people: [
    { email: "prosjektleder2@trinnvis.test", name: "Jon Rønning", role: "prosjektleder", position: "Prosjektleder", organisation: KOMMUNE, canLogIn: true },
    { email: "hanne.dahl@trinnvis.test", name: "Hanne Dahl", role: "prosjektmedarbeider", position: "Forløpskoordinator, DPS", organisation: DPS },
    { email: "radgiver@trinnvis.test", name: "Tone Berg", role: "radgiver", position: "Rådgiver", canLogIn: true },
  ],
  goals: [
    { key: "hovedmal", kind: "hovedmal", title: "Brukerne opplever et sammenhengende forløp med forutsigbar oppfølging fra henvisning til avslutning", statuses: [{ date: "2019-06-01", status: "pagar", comment: "Koordinatorer utnevnt." }] },
    { key: "d1", kind: "delmal", number: 1, title: "Alle pasienter i forløp har en navngitt forløpskoordinator", statuses: [] },
    { key: "d2", kind: "delmal", number: 2, title: "Felles henvisningsrutine mellom kommune og DPS er i bruk", statuses: [] },
  ],
  tiltak: [
    { key: "koordinator", title: "Forløpskoordinator i kommune og DPS", description: "En fast kontaktperson på hvert nivå for hver pasient i forløp.", priority: "prioritert", history: [["ide", "2018-10-01"], ["planlagt", "2018-12-01"], ["utproving", "2019-04-01"]], goals: ["d1"], failureAreas: ["arbeidsdeling", "informasjonsflyt"], agreementAreas: ["avtale-2"], organisations: [KOMMUNE, DPS], responsibleOrganisation: DPS, nextEvaluationDate: "2020-04-01" },
    { key: "henvisning", title: "Felles henvisningsrutine", description: "Rutine for henvisning og svar mellom kommunen og DPS.", priority: "prioritert", history: [["ide", "2018-10-01"], ["planlagt", "2019-02-01"]], goals: ["d2"], failureAreas: ["informasjonsflyt"], agreementAreas: ["avtale-3"], organisations: [KOMMUNE, DPS] },
    { key: "tilbakemelding", title: "Verktøy for brukertilbakemelding", description: "Systematisk tilbakemelding fra brukerne i hver time.", priority: "ikke_prioritert", history: [["ide", "2019-01-15"]], goals: ["hovedmal"], failureAreas: [], agreementAreas: [], organisations: [DPS] },
  ],
  activities: [
    { title: "Oppstartsmøte med ledere i kommune og DPS", startDate: "2018-09-20", typeId: "oppstartsseminar", stepId: "forberedelse", themeId: "forankre", description: "Felles forståelse av pakkeforløpene og hva de krever av oss.", audiences: [["ledere", "mellomleder"]], organisations: [KOMMUNE, DPS] },
    { title: "Kartlegging av henvisninger siste halvår", startDate: "2018-11-01", endDate: "2018-12-15", typeId: "kartlegging", stepId: "planlegge", themeId: "kartlegge", description: "Gjennomgang av henvisninger fra kommunen til DPS.", audiences: ["medarbeidere"], organisations: [KOMMUNE, DPS] },
    { title: "Informasjon til befolkningen om pakkeforløp", startDate: "2019-03-01", typeId: "informasjonsmote", stepId: "utfore", themeId: "iverksette", description: "Folkemøte og informasjon på kommunens nettside.", audiences: ["brukere", "parorende"], organisations: [KOMMUNE] },
  ],
  conferences: [],
  measures: [
    {
      name: "Andel pasienter i forløp med navngitt forløpskoordinator (illustrativ)", kind: "andel",
      definition: "Pasienter i pakkeforløp som har fått en navngitt forløpskoordinator innen første samtale. Serien er generert for demonstrasjon.",
      numeratorText: "Pasienter med koordinator", denominatorText: "Pasienter i forløp", unit: "%", direction: "hoyere_er_bedre", target: 90, targetDate: "2020-12-31",
      dataSource: "Generert demodata", frequency: "Månedlig", chartType: "p", multiplier: 100, isIllustrative: true,
      goals: ["d1"], tiltak: ["koordinator"],
      points: illustrativeMonthlyProportions({ start: "2018-10-01", months: 24, denominator: 30, before: 0.45, after: 0.8, afterMonth: 7, seed: 7 }),
      events: [
        { kind: "frys", date: "2019-03-01", text: "Basislinje før koordinatorene" },
        { kind: "ny_fase", date: "2019-05-01", text: "Koordinator i alle forløp" },
      ],
    },
    {
      name: "Dager fra henvisning til første samtale i DPS (illustrativ)", kind: "kontinuerlig",
      definition: "Gjennomsnittlig antall dager fra henvisningen er mottatt til første samtale i DPS, per måned. Serien er generert for demonstrasjon.",
      unit: "dager", direction: "lavere_er_bedre", target: 14, targetDate: "2020-12-31",
      dataSource: "Generert demodata", frequency: "Månedlig", chartType: "i", isIllustrative: true,
      goals: ["d2"], tiltak: ["henvisning"],
      points: illustrativeMonthlyValues({ start: "2018-10-01", months: 24, before: 28, after: 20, afterMonth: 10, spread: 3, seed: 11 }),
    },
  ],
};
