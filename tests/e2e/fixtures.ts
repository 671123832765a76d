import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "trinnvis-demo";
export const HELT = "Helt, ikke stykkevis og delt";
export const PAKKEFORLOP = "Pakkeforløp psykisk helse og rus i Levanger";

/** Logs in and lands on the project list (the first page after login is «Til meg»; reminders.spec tests that). */
export async function logIn(page: Page, email: string) {
  await page.goto("/logg-inn?neste=/prosjekter");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => url.pathname === "/prosjekter");
}

/** axe with the WCAG 2.1 A and AA rules: one line per violation, with the elements it was found on. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** axe with the WCAG 2.1 A and AA rules; the page must have no violations. */
export async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * Null when the page fits its window across; otherwise the page's width and the outermost elements
 * that reach past the window's right edge (a table inside its scroll box does not count).
 */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const edge = root.clientWidth + 1;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX !== "visible") return true;
      }
      return false;
    };
    const tooWide = (el: Element) => el.getBoundingClientRect().right > edge && !clipped(el);
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const cls = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> ${Math.round(el.getBoundingClientRect().right)} px «${text}»`;
    };
    const all = [...document.body.querySelectorAll("*")];
    const outermost = all.filter((el) => tooWide(el) && !(el.parentElement && el.parentElement !== document.body && tooWide(el.parentElement)));
    // An absolutely placed element escapes a scroll box that is not its containing block.
    const escaped = all.filter((el) => ["absolute", "fixed"].includes(getComputedStyle(el).position) && el.getBoundingClientRect().right > edge);
    const found = [...outermost, ...escaped.map((el) => `${describe(el)} (absolutt plassert)`)];
    return `${root.scrollWidth} px bred i et vindu på ${root.clientWidth} px: ${found.slice(0, 5).map((f) => (typeof f === "string" ? f : describe(f))).join("; ") || "(fant ikke elementet)"}`;
  });
}

/** The id of a project, read from its link on the project list. */
export async function projectIdFromList(page: Page, name: string): Promise<string> {
  const href = await page.getByRole("link", { name }).getAttribute("href");
  return href!.split("/").pop()!;
}
