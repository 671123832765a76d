import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

// Two members and the advisor score a round of the ten-factor model, each on their own; the advisor
// reviews and signs; the steering group reads the signed audit, which no POST can change.
test.describe.serial("a sustainability round from start to signed audit", () => {
  let roundUrl = "";

  /** Answers every factor with the level at `levelIndex` (0 = a … 3 = d), then hands in. */
  async function answerAll(page: Page, levelIndex: (item: number) => number) {
    const items = page.locator("section:has(#dine-svar) .answer-item");
    const count = await items.count();
    expect(count).toBe(10);
    for (let i = 0; i < count; i++) await items.nth(i).getByRole("radio").nth(levelIndex(i)).check();
    await page.getByRole("button", { name: "Lever svarene" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Svarene side om side" })).toBeVisible();
  }

  test("the project leader starts a round and hands in her answers", async ({ page }) => {
    await logIn(page, "prosjektleder@trinnvis.test");
    const id = await projectIdFromList(page, HELT);
    await page.goto(`/prosjekter/${id}/barekraft`);
    await expect(page.getByRole("link", { name: "Statusrapporten januar 2013" })).toBeVisible();
    await page.getByRole("button", { name: "Start runden" }).click();
    await expect(page.getByText("Navn på runden må fylles ut").last()).toBeVisible();
    await expect(page.getByText("Velg minst to vurderere, så svarene kan sammenlignes").last()).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Navn på runden").fill("Våren 2013");
    await page.getByLabel("Hva runden skal vurdere").selectOption({ label: "Ti faktorer for varig forbedring" });
    await page.getByRole("checkbox", { name: "Kari Lyngstad (Prosjektleder)" }).check();
    await page.getByRole("checkbox", { name: "Per Holmvik (Prosjektmedarbeider)" }).check();
    await page.getByRole("checkbox", { name: "Tone Berg (Rådgiver)" }).check();
    await page.getByRole("button", { name: "Start runden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Våren 2013" })).toBeVisible();
    roundUrl = new URL(page.url()).pathname;

    await page.getByRole("button", { name: "Lever svarene" }).click();
    await expect(page.getByText("Velg et svar før du leverer").first()).toBeVisible();
    await expectAccessible(page);
    await answerAll(page, () => 1);
    await expect(page.getByRole("columnheader", { name: "Kari Lyngstad" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Per Holmvik" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a project member sees nothing of the others' answers until he has handed in his own", async ({ page }) => {
    await logIn(page, "medarbeider@trinnvis.test");
    await page.goto(roundUrl);
    await expect(page.getByText("De andres svar vises når du har levert dine egne.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Svarene side om side" })).toHaveCount(0);
    await answerAll(page, (i) => (i === 0 ? 3 : 1));
    await expect(page.getByRole("columnheader", { name: "Kari Lyngstad" })).toBeVisible();
    const firstFactor = page.getByRole("row").filter({ hasText: "Fordeler ut over hjelp til brukerne" });
    await expect(firstFactor.getByText("Uenige", { exact: true })).toBeVisible();
    await expect(page.getByText(/Vurdererne er uenige om Fordeler ut over hjelp til brukerne/)).toBeVisible();
  });

  test("the advisor scores, reviews every item and signs off; the signed audit refuses a POST", async ({ page }) => {
    await logIn(page, "radgiver@trinnvis.test");
    await page.goto(roundUrl);
    await answerAll(page, () => 2);
    await expect(page.getByRole("heading", { level: 2, name: "Rådgiverens vurdering" })).toBeVisible();

    await page.getByRole("button", { name: "Signer revisjonen" }).click();
    await page.getByRole("dialog", { name: "Signere revisjonen? Den kan ikke endres etterpå." }).getByRole("button", { name: "Signer revisjonen" }).click();
    await expect(page.getByText(/Gi en vurdering \(godkjent eller trenger arbeid\) av alle punktene/)).toBeVisible();

    const reviews = page.locator("section:has(#vurder) .answer-item");
    for (let i = 0; i < 10; i++) await reviews.nth(i).getByRole("radio", { name: i === 0 ? "Trenger arbeid" : "Godkjent" }).check();
    await page.getByRole("button", { name: "Lagre vurderingen" }).click();
    await expect(page.getByText("Skriv hva som skal gjøres når punktet trenger arbeid").last()).toBeVisible();
    await expectAccessible(page);
    await reviews.nth(0).getByLabel("Planlagt tiltak").fill("Vise de ansatte gevinstene på personalmøtene i juni.");
    await page.getByRole("button", { name: "Lagre vurderingen" }).click();
    await expect(page.getByText("Skriv hva som skal gjøres når punktet trenger arbeid")).toHaveCount(0);

    await page.getByRole("button", { name: "Signer revisjonen" }).click();
    await page.getByRole("dialog", { name: "Signere revisjonen? Den kan ikke endres etterpå." }).getByRole("button", { name: "Signer revisjonen" }).click();
    await expect(page.getByText("Revisjonen er signert og låst.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Lagre vurderingen" })).toHaveCount(0);

    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const response = await page.request.post(roundUrl, {
      form: { csrf, intent: "lagre-vurdering", "reviews.fordeler.verdict": "godkjent", "reviews.fordeler.comment": "Endret i ettertid" },
    });
    expect(response.status()).toBe(409);
    await page.reload();
    await expect(page.getByText("Endret i ettertid")).toHaveCount(0);
    await expect(page.getByText("Vise de ansatte gevinstene på personalmøtene i juni.")).toBeVisible();
  });

  test("the steering group sees the signed audit and the history of audits", async ({ page }) => {
    await logIn(page, "styringsgruppe@trinnvis.test");
    await page.goto(roundUrl.replace(/\/\d+$/, ""));
    const row = page.getByRole("row").filter({ hasText: "Våren 2013" });
    await expect(row.getByText(/^Signert \d\d\.\d\d\.\d{4} av Tone Berg$/)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Statusrapporten januar 2013" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start runden" })).toHaveCount(0);
    await expectAccessible(page);
    await row.getByRole("link", { name: "Våren 2013" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Svarene side om side" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Tone Berg" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Rådgiverens vurdering" })).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the advisor's portfolio lists the project with its last audit", async ({ page }) => {
    await logIn(page, "radgiver@trinnvis.test");
    await page.getByRole("link", { name: "Portefølje", exact: true }).click();
    const row = page.getByRole("row").filter({ hasText: HELT });
    await expect(row.getByRole("link", { name: "Våren 2013" })).toBeVisible();
    await expect(row).toContainText("Fordeler ut over hjelp til brukerne");
    await expectAccessible(page);
  });
});

test("the project leader checks readiness for operation, answers a check and keeps a snapshot", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/klar-for-drift?dato=2013-02-01`);
  await expect(page.getByRole("heading", { level: 2, name: "Ikke klar for drift per 01.02.2013" })).toBeVisible();
  const todo = page.locator("section:has(#gjenstar) li");
  await expect(todo.filter({ hasText: "Gjør ferdig de prioriterte tiltakene" })).toBeVisible();
  await expect(todo.filter({ hasText: "ledere på alle nivåer" })).toBeVisible();
  await expect(page.locator("#sjekk-mal-har-data")).toContainText("Det finnes ingen data å analysere hovedmålet mot.");
  await expect(page.locator("#sjekk-horing-og-evaluering")).toContainText("Bestått");
  await expectAccessible(page);

  const staff = page.locator("#sjekk-medarbeidere-forankret");
  await staff.locator("summary").click();
  await staff.getByLabel("Svar").selectOption({ label: "Ikke relevant for prosjektet" });
  await staff.getByRole("button", { name: "Lagre svaret" }).click();
  await expect(staff.getByText("Skriv hvorfor punktet ikke er relevant").last()).toBeVisible();
  await expectAccessible(page);
  await staff.getByLabel("Hvorfor ikke relevant").fill("Opplæringen av nyansatte eies av kommunene selv.");
  await staff.getByRole("button", { name: "Lagre svaret" }).click();
  await expect(staff).toContainText("Ikke relevant: Opplæringen av nyansatte eies av kommunene selv.");

  await page.getByRole("button", { name: "Lagre øyeblikksbilde" }).click();
  const snapshot = page.getByRole("row").filter({ hasText: "01.02.2013" });
  await expect(snapshot.first()).toContainText("Ikke klar for drift");
  const remove = staff.getByRole("button", { name: "Fjern svaret" });
  if (!(await remove.isVisible())) await staff.locator("summary").click();
  await remove.click();
  await staff.getByRole("dialog").getByRole("button", { name: "Fjern svaret" }).click();
  await expect(staff).toContainText("Ikke bestått");
});
