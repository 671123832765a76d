// A measure's target in its own scale, as the pages show it: the measure page warns about a stored
// target that cannot be reached, the form says where the target line goes and what does not fit
// (server-rendered, so it also holds without JavaScript), and saving refuses only the errors.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { createMeasure, getMeasureHeader } from "../../app/models/measure.server";
import { getUserByEmail } from "../../app/models/user.server";
import { measureValues } from "./measure-fixture";
import { renderRequest } from "./render-page";
import { getAs, postAs } from "./requests";

const LEADER = "prosjektleder@trinnvis.test";
const STEERING = "styringsgruppe@trinnvis.test";
const WRONG_SCALE = "Målet 50 er større enn 1, som er alle på skala 1. Mente du 0,5, eller skala 100 for prosent?";

const share = (name: string, target: number, multiplier: number) =>
  measureValues({ name, kind: "andel", numeratorText: "Med plan", denominatorText: "Alle", unit: "%", chartType: "p", target, multiplier });

/** The page's HTML with the entities React writes for quotes decoded, so messages can be matched as typed. */
async function html(request: Request) {
  const response = await renderRequest(request);
  return { status: response.status, location: response.headers.get("Location"), text: (await response.text()).replace(/&quot;/g, '"').replace(/&#x27;/g, "'") };
}

/** The form fields a stored measure is edited with. */
const formFields = (values: ReturnType<typeof share>, version: number) => ({
  intent: "lagre",
  version: String(version),
  name: values.name,
  kind: values.kind,
  numeratorText: values.numeratorText,
  denominatorText: values.denominatorText,
  unit: values.unit,
  direction: values.direction,
  chartType: values.chartType,
  frequency: values.frequency,
  target: String(values.target).replace(".", ","),
  multiplier: String(values.multiplier),
});

let wrong: number;
let fitting: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  const userId = getUserByEmail(LEADER)!.id;
  // Stored before the rule, as an old measure or a direct write could be.
  wrong = createMeasure({ projectId: 1, userId, values: share("Andel med plan, feil skala", 50, 1) }).id;
  fitting = createMeasure({ projectId: 1, userId, values: share("Andel med plan", 50, 100) }).id;
});

describe("the measure page", () => {
  it("warns about a stored target that does not fit its scale, and links a writer to the form", async () => {
    const page = await html(await getAs(LEADER, `/prosjekter/1/malinger/${wrong}`));
    expect(page.status).toBe(200);
    expect(page.text).toContain("Målet passer ikke til skalaen");
    expect(page.text).toContain(WRONG_SCALE);
    expect(page.text).toMatch(new RegExp(`href="/prosjekter/1/malinger/${wrong}/endre"[^>]*>Endre målingen<`));
  });

  it("gives the warning without the link to someone who may not edit", async () => {
    const page = await html(await getAs(STEERING, `/prosjekter/1/malinger/${wrong}`));
    expect(page.text).toContain("Målet passer ikke til skalaen");
    expect(page.text).not.toContain("Endre målingen");
  });

  it("says nothing when the target fits", async () => {
    const page = await html(await getAs(LEADER, `/prosjekter/1/malinger/${fitting}`));
    expect(page.status).toBe(200);
    expect(page.text).not.toContain("Målet passer ikke til skalaen");
  });
});

describe("the measure form", () => {
  it("shows the stored target's problem under the target field, tied to it by aria-describedby", async () => {
    const page = await html(await getAs(LEADER, `/prosjekter/1/malinger/${wrong}/endre`));
    expect(page.status).toBe(200);
    const input = /<input[^>]*name="target"[^>]*>/.exec(page.text)?.[0] ?? "";
    const hintId = /aria-describedby="[^"]*?([^\s"]+-target-skala)"/.exec(input)?.[1];
    expect(hintId).toBeDefined();
    expect(page.text).toMatch(new RegExp(`id="${hintId}"[^>]*>.*?role="status".*?${WRONG_SCALE.replace(/[?.]/g, "\\$&")}`, "s"));
  });

  it("says where the line is drawn for a fitting target", async () => {
    const page = await html(await getAs(LEADER, `/prosjekter/1/malinger/${fitting}/endre`));
    expect(page.text).toContain("Mållinjen tegnes ved 50 % (halvparten av alle).");
  });

  it("refuses to save a target that can never be reached, with the message at the target field (no JavaScript)", async () => {
    const before = getMeasureHeader(1, wrong)!;
    const page = await html(await postAs(LEADER, `/prosjekter/1/malinger/${wrong}/endre`, formFields(share(before.name, 50, 1), before.version)));
    expect(page.status).toBe(400);
    const input = /<input[^>]*name="target"[^>]*>/.exec(page.text)?.[0] ?? "";
    expect(input).toContain('aria-invalid="true"');
    expect(page.text).toContain(WRONG_SCALE);
    expect(getMeasureHeader(1, wrong)!.version).toBe(before.version);
  });

  it("saves a target that only draws a warning", async () => {
    const before = getMeasureHeader(1, wrong)!;
    const page = await html(await postAs(LEADER, `/prosjekter/1/malinger/${wrong}/endre`, formFields(share(before.name, 0.5, 1), before.version)));
    expect(page.status).toBe(302);
    expect(getMeasureHeader(1, wrong)).toMatchObject({ target: 0.5, multiplier: 1 });
  });

  it("shows a submitted form's warning from the values sent, not the stored ones", async () => {
    const page = await html(await postAs(LEADER, "/prosjekter/1/malinger/ny", { ...formFields(share("Ny andel", 0.5, 1), 0), name: "", version: "" }));
    expect(page.status).toBe(400);
    expect(page.text).toContain("Enheten «%» passer til skala 100, men skalaen er 1.");
    expect(page.text).toContain("Mållinjen tegnes ved 0,5 på en skala der 1 er alle.");
  });
});
