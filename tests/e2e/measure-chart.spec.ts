import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, logIn, PAKKEFORLOP, projectIdFromList } from "./fixtures";

// The second demo project's leader; its p chart has a freeze, a tiltak start and a new phase.
const LEADER = "prosjektleder2@trinnvis.test";
const MEASURE = "Andel pasienter i forløp med navngitt forløpskoordinator (illustrativ)";

async function openChart(page: Page) {
  const id = await projectIdFromList(page, PAKKEFORLOP);
  await page.goto(`/prosjekter/${id}/malinger`);
  await page.getByRole("link", { name: MEASURE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: MEASURE })).toBeVisible();
}

const legend = (page: Page) => page.getByRole("list", { name: "Tegnforklaring" });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chart page shows the server's SVG chart with its legend", async ({ page }) => {
    await logIn(page, LEADER);
    await openChart(page);
    const chart = page.getByRole("img", { name: /Diagram for/ });
    await expect(chart).toBeVisible();
    const svg = chart.locator(".chart-svg svg");
    await expect(svg).toBeVisible();
    expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
    // Axis titles with the unit, and the dates along the axis.
    await expect(svg.locator("text", { hasText: "Andel (%)" })).toHaveCount(1);
    await expect(svg.locator("text", { hasText: "Dato" })).toHaveCount(1);
    await expect(svg.locator("text", { hasText: /^\d\d\.\d\d\.\d{4}$/ }).first()).toBeVisible();
    await expect(legend(page)).toBeVisible();
    await expect(legend(page).getByRole("listitem").filter({ hasText: "Vanlig variasjon" })).toBeVisible();
    await expect(legend(page).getByRole("listitem").filter({ hasText: "Kontrollgrenser" })).toBeVisible();
    // The events are numbered, with their key below the chart.
    await expect(page.getByRole("list", { name: "Hendelser i diagrammet" }).getByRole("listitem").filter({ hasText: "Tiltak:" })).toHaveCount(1);
    // The Making Data Count icons beside the sentences built from them (which say their names, so the drawings are not read twice).
    for (const name of ["Vanlig variasjon", "Måloppnåelse: treff og bom"]) {
      const icon = page.locator(`.mdc-icon[title="${name}"]`);
      await expect(icon.locator("svg")).toBeVisible();
      await expect(icon).toHaveAttribute("aria-hidden", "true");
    }
    await expect(page.getByText(/^Vanlig variasjon ved siste punkt \(01\.09\.2020\)\.$/)).toBeVisible();
    await expect(page.getByText(/^Måloppnåelse: treff og bom\. Målet 90 % ligger mellom kontrollgrensene/)).toBeVisible();
  });
});

test("the server's markup (as without JavaScript) passes axe", async ({ page }) => {
  await logIn(page, LEADER);
  // The page's scripts are refused, so it stays as the server sent it; axe runs from outside.
  await page.route(/\/build\/.*\.js(\?.*)?$/, (route) => route.abort());
  await openChart(page);
  await expect(page.locator(".chart-svg svg")).toBeVisible();
  await expect(page.locator(".recharts-wrapper")).toHaveCount(0);
  await expectAccessible(page);
});

test("with JavaScript: the interactive chart has no tab stop, and a hovered point's tooltip is shown and read out", async ({ page }) => {
  await logIn(page, LEADER);
  await openChart(page);
  const chart = page.getByRole("img", { name: /Diagram for/ });
  await expect(chart.locator(".recharts-wrapper")).toBeVisible();
  // On screen the SVG gives way to the interactive chart (it stays for print only).
  await expect(chart.locator(".chart-svg svg")).toBeHidden();
  // No keyboard stop inside it (recharts' accessibility layer would add one with role="application").
  await expect(chart.locator('[tabindex]:not([tabindex^="-"]), [role="application"], a, button')).toHaveCount(0);
  await expect(legend(page)).toBeVisible();

  const points = chart.locator(".chart-point");
  expect(await points.count()).toBeGreaterThan(10);
  await points.nth(3).hover();
  const tooltip = page.locator(".chart-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/\d\d\.\d\d\.\d{4}/);
  await expect(tooltip).toContainText(/Verdi: [\d,]+ %/);
  const live = page.locator('[aria-live="polite"]').filter({ hasText: "Verdi:" });
  await expect(live).toHaveText(/^\d\d\.\d\d\.\d{4}\. Verdi: [\d,]+ %\. /);
  expect(await live.textContent()).toContain((await tooltip.locator("strong").textContent())!);
  await expectAccessible(page);
});
