import { expect, test } from "@playwright/test";
import { expectAccessible, HELT, logIn, projectIdFromList } from "./fixtures";

test("a project leader sees, while typing, where a share's target line goes and that 50 does not fit scale 1", async ({ page }) => {
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);
  await page.goto(`/prosjekter/${id}/malinger/ny`);
  await page.getByLabel("Navn").fill("Andel med kriseplan");
  await page.getByLabel("Type måling").selectOption({ label: "Andel" });
  await page.getByLabel("Nevner").fill("Brukere i målgruppen");
  await page.getByLabel("Hva er en forbedring?").selectOption({ label: "Høyere er bedre" });
  await page.getByLabel("Diagramtype").selectOption({ label: "P-diagram (andel)" });
  await page.getByLabel("Enhet").fill("%");
  const target = page.getByLabel("Mål", { exact: true });
  await target.fill("50");

  // Live, before anything is sent: the error and the unit's warning, tied to the field.
  const problem = "Målet 50 er større enn 1, som er alle på skala 1. Mente du 0,5, eller skala 100 for prosent?";
  await expect(page.getByRole("status").getByText(problem)).toBeVisible();
  await expect(page.getByText("Enheten «%» passer til skala 100, men skalaen er 1.", { exact: false })).toBeVisible();
  await expect(target).toHaveAccessibleDescription(new RegExp(problem.replace(/[?.]/g, "\\$&")));
  await expectAccessible(page);

  // Saving is refused at the target field.
  await page.getByRole("button", { name: "Opprett målingen" }).click();
  await expect(page.getByRole("link", { name: problem })).toBeVisible();
  await expect(target).toHaveAttribute("aria-invalid", "true");

  // Scale 100 puts it right, and the form says where the line goes.
  await page.getByLabel("Skala").fill("100");
  await expect(page.getByText("Mållinjen tegnes ved 50 % (halvparten av alle).")).toBeVisible();
  await expect(page.getByRole("status").getByText(problem)).toHaveCount(0);
  await page.getByRole("button", { name: "Opprett målingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Andel med kriseplan" })).toBeVisible();
});
