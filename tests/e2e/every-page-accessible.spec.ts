import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { axeViolations, horizontalOverflow } from "./fixtures";
import { PAGE_COUNT, PAGES, visitEveryPage } from "./pages";

// Every page route (not files, not actions-only) is visited as a phone at 400 % zoom would show it
// (320 px wide) and on a desktop (1280 px): it must fit the window across (WCAG 1.4.10) and have no
// axe violations at either width. The list (tests/e2e/pages.ts) is held against app/routes, so a new
// page without these checks fails here.
const WIDTHS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

test("every page route is in the list", () => {
  const files = fs.readdirSync("app/routes").map((f) => f.replace(/\.tsx?$/, "")).sort();
  expect(files.filter((f) => !(f in PAGES))).toEqual([]);
});

test("every page reflows at 320 px and 1280 px wide and has no axe violations (WCAG 2.1 A and AA) at either", async ({ page }) => {
  test.setTimeout(420_000);
  const problems: string[] = [];
  let checked = 0;
  await page.setViewportSize(WIDTHS[0]);
  await visitEveryPage(page, async (name, url) => {
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      const overflow = await horizontalOverflow(page);
      if (overflow) problems.push(`${name} (${url}) ved ${size.width} px rulles sidelengs: ${overflow}`);
      for (const violation of await axeViolations(page)) problems.push(`${name} (${url}) ved ${size.width} px: ${violation}`);
    }
    // The next page opens at 320 px, as a phone would open it.
    await page.setViewportSize(WIDTHS[0]);
    checked++;
  });
  // Every problem on every page at once, not only the first.
  expect(problems).toEqual([]);
  expect(checked).toBe(PAGE_COUNT);
});
