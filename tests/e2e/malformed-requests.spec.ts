// Every action of the running production server, and /logg-inn, receives each malformed shape of
// request: bodies that are not forms, broken multipart, foreign origins. Each must get a 4xx with a
// message, logged in or not; the count of 5xx answers is reported and must be 0.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import { logInOverHttp } from "../setup/production-server";

const BASE = `http://localhost:${Number(process.env.E2E_PORT || 3210)}`;

/** Every route file that has an action, as a URL with demo ids. */
function actionPaths(): { file: string; path: string }[] {
  const ids: Record<string, string> = { token: "ukjent-lenke" };
  return fs
    .readdirSync("app/routes")
    .filter((file) => /export (async function|const) action\b/.test(fs.readFileSync(`app/routes/${file}`, "utf8")))
    .map((file) => {
      const segments = file
        .replace(/\.tsx?$/, "")
        .replace(/\[\.\]/g, "\u0000")
        .split(".")
        .filter((s) => s !== "_index")
        .map((s) => s.replace(/\u0000/g, ".").replace(/_$/, ""))
        .map((s) => (s.startsWith("$") ? (ids[s.slice(1)] ?? "1") : s));
      return { file, path: `/${segments.join("/")}` };
    });
}

type Shape = { name: string; headers: Record<string, string>; body: string | Uint8Array };

const FORM = "application/x-www-form-urlencoded";
const part = (name: string, value: string) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const SHAPES: Shape[] = [
  { name: "JSON", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ intent: "lagre", title: "x" }) },
  { name: "malformed JSON", headers: { "Content-Type": "application/json" }, body: '{"intent": "lagre", ' },
  { name: "plain text", headers: { "Content-Type": "text/plain" }, body: "intent=lagre&title=x" },
  { name: "no Content-Type", headers: {}, body: new TextEncoder().encode("intent=lagre&title=x") },
  { name: "multipart without a boundary", headers: { "Content-Type": "multipart/form-data" }, body: `${part("intent", "fil")}--x--\r\n` },
  { name: "multipart without its closing boundary", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: part("intent", "fil") },
  { name: "multipart with a 1 MB header line", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: `--x\r\nContent-Disposition: form-data; name="intent"; x="${"a".repeat(1024 * 1024)}"\r\n\r\nfil\r\n--x--\r\n` },
  { name: "a foreign Origin", headers: { "Content-Type": FORM, Origin: "https://angriper.example" }, body: "intent=lagre&title=x" },
  { name: "Origin null", headers: { "Content-Type": FORM, Origin: "null" }, body: "intent=lagre&title=x" },
  { name: "an unreadable Origin", headers: { "Content-Type": FORM, Origin: "%%%" }, body: "intent=lagre&title=x" },
];

const USERS = { prosjektleder: "prosjektleder@trinnvis.test", admin: "admin@trinnvis.test" };

test("malformed requests to every action get a 4xx with a message, never a 5xx", async () => {
  test.setTimeout(180_000);
  const paths = actionPaths();
  expect(paths.map((p) => p.path)).toContain("/logg-inn");
  const cookies = {
    prosjektleder: await logInOverHttp(BASE, USERS.prosjektleder, DEMO_PASSWORD),
    admin: await logInOverHttp(BASE, USERS.admin, DEMO_PASSWORD),
  };
  const answers: { request: string; status: number }[] = [];
  const failures: string[] = [];
  for (const { path } of paths) {
    const cookie = path.startsWith("/admin") ? cookies.admin : cookies.prosjektleder;
    for (const shape of SHAPES) {
      for (const as of ["innlogget", "utlogget"] as const) {
        const headers = { ...shape.headers, ...(as === "innlogget" ? { Cookie: cookie } : {}) };
        const request = `POST ${path} (${shape.name}, ${as})`;
        let response: Response;
        try {
          response = await fetch(`${BASE}${path}`, { method: "POST", redirect: "manual", headers, body: shape.body as BodyInit });
        } catch (error) {
          failures.push(`${request}: ingen svar (${String((error as { cause?: { code?: string } }).cause?.code ?? error)})`);
          continue;
        }
        const text = await response.text();
        answers.push({ request, status: response.status });
        const redirectToLogin = as === "utlogget" && response.status === 302;
        if (response.status >= 500) failures.push(`${request}: ${response.status}`);
        else if (!redirectToLogin && (response.status < 400 || text.trim() === "")) failures.push(`${request}: ${response.status} uten melding`);
      }
    }
  }
  const serverErrors = answers.filter((a) => a.status >= 500).length;
  console.log(`${answers.length} misdannede forespørsler til ${paths.length} handlinger: ${serverErrors} × 5xx`);
  expect(failures).toEqual([]);
  expect(serverErrors).toBe(0);
});
