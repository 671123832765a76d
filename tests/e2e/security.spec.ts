import { expect, test, type Page } from "@playwright/test";
import { HELT, logIn, projectIdFromList } from "./fixtures";

/** Collects the browser's reports of anything the Content-Security-Policy blocked. */
function watchCspViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("every page carries a per-request CSP nonce and the usual security headers, and nothing is blocked", async ({ page }) => {
  const violations = watchCspViolations(page);
  const first = await page.goto("/logg-inn");
  const second = await page.request.get("/logg-inn");
  const csp = first!.headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"])![1]).not.toBe(nonce);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first!.headers()).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "same-origin" });
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);

  await logIn(page, "prosjektleder@trinnvis.test");
  const cookie = (await page.context().cookies()).find((c) => c.name.startsWith("__Host-"));
  expect(cookie).toMatchObject({ name: "__Host-trinnvis_session", httpOnly: true, secure: true, sameSite: "Lax", path: "/" });

  const id = await projectIdFromList(page, HELT);
  for (const path of ["", "/malinger", "/forankring", "/barekraft", "/styring"]) {
    await page.goto(`/prosjekter/${id}${path}`);
    await expect(page.locator("h1")).toBeVisible();
  }
  await page.goto(`/prosjekter/${id}/malinger`);
  await page.getByRole("link", { name: /Selvhjelpsplaner utarbeidet per måned/ }).click();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("text that looks like markup or script is shown as text and never runs", async ({ page }) => {
  const payloads = [`<img src=x onerror="window.__xss=1">`, `<script>window.__xss=1</script>`, `"><svg onload=window.__xss=1>`];
  await logIn(page, "prosjektleder@trinnvis.test");
  const id = await projectIdFromList(page, HELT);

  await page.goto(`/prosjekter/${id}/aktiviteter/ny`);
  await page.getByLabel("Tittel").fill(payloads[0]);
  await page.getByLabel("Beskrivelse").fill(payloads[1]);
  await page.getByLabel("Dato", { exact: true }).fill("2012-11-01");
  await page.getByLabel("Type").selectOption({ label: "Informasjonsmøte" });
  await page.getByLabel("Steg og tema").selectOption({ label: "Forankre og organisere forbedringsarbeidet" });
  await page.getByRole("button", { name: "Registrer aktiviteten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: payloads[0] })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: payloads[1] })).toBeVisible();

  await page.goto(`/prosjekter/${id}/mal`);
  await page.getByRole("textbox", { name: "Nytt delmål" }).fill(payloads[2]);
  await page.getByRole("button", { name: "Legg til delmål" }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(payloads[2].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();

  await page.goto(`/prosjekter/${id}/aktiviteter`);
  await expect(page.getByText(payloads[0]).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("img[src=x], svg[onload]").count()).toBe(0);
});
