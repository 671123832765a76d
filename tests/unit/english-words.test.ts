// No English word reaches a user: every page, as a role that may see it, and every file and e-mail the
// app makes, scanned for the words in tests/unit/english-words.ts.
import fs from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { listRounds, startRound } from "../../app/models/sustainability.server";
import { getUserByEmail } from "../../app/models/user.server";
import { inviteAndSend } from "../../app/services/invitations.server";
import { passwordResetMailsSettled, requestPasswordReset } from "../../app/services/password-reset.server";
import { buildReportContent } from "../../app/services/report-content.server";
import { reportDocx } from "../../app/services/report-docx.server";
import { startMailServer, type TestMailServer } from "../setup/mail-server";
import { PAGE_ROUTES as PAGES } from "../page-routes";
import { englishOnPage, englishWordsIn, visibleTextOf } from "./english-words";
import { renderRequest } from "./render-page";
import { recordIdsOfHelt } from "./record-ids";
import { cookieFor } from "./requests";

const EMAIL = {
  prosjektleder: "prosjektleder@trinnvis.test",
  medarbeider: "medarbeider@trinnvis.test",
  styringsgruppe: "styringsgruppe@trinnvis.test",
  radgiver: "radgiver@trinnvis.test",
  admin: "admin@trinnvis.test",
} as const;
type Role = keyof typeof EMAIL | "utlogget";


/** Pages that are not routes of their own: the error pages. */
const ERROR_PAGES: { path: string; as: Role; status: number }[] = [
  { path: "/prosjekter/999999", as: "prosjektleder", status: 404 },
  { path: "/finnes-ikke", as: "prosjektleder", status: 404 },
  { path: "/admin", as: "medarbeider", status: 404 },
  { path: "/prosjekter/1/innstillinger", as: "medarbeider", status: 403 },
];

const ids: Record<string, string> = { projectId: "1" };

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  const leader = getUserByEmail(EMAIL.prosjektleder)!.id;
  Object.assign(ids, recordIdsOfHelt(leader, "Årsrapport"));
});

async function page(path: string, as: Role) {
  const url = path.replace(/:(\w+)/g, (_, key: string) => ids[key]);
  const headers: Record<string, string> = as === "utlogget" ? {} : { Cookie: await cookieFor(EMAIL[as]) };
  const response = await renderRequest(new Request(`http://localhost${url}`, { headers }));
  if (process.env.DUMP_TEXT) fs.appendFileSync(process.env.DUMP_TEXT, `\n### ${url}\n${visibleTextOf(await response.clone().text()).join("\n")}`);
  return response;
}

describe("the scanner", () => {
  it("finds an English word in a page's text and in the attributes read out, whole words in any case", () => {
    const html = `<html><head><title>Målinger – Trinnvis</title><script>const loading = "Save";</script><style>.above{}</style></head>
      <body class="below"><h1>Målinger (Above UCL)</h1><a href="/search" aria-label="Next page">Neste</a><input placeholder="Søk" value="submit">
      <img alt="Diagram med illustrative data"><p>Lineær økning, innlastet, 3&nbsp;punkter</p></body></html>`;
    expect(englishOnPage(html).map((find) => find.slice(0, find.indexOf("»") + 1)).sort()).toEqual(["«Above»", "«Next»", "«UCL»", "«illustrative»", "«page»"]);
  });

  it("leaves bokmål, names of products and formats, scripts, styles and addresses alone", () => {
    expect(englishWordsIn("Last ned som Excel, CSV eller Word. Les mer om Making Data Count i Trinnvis. Send e-post.")).toEqual([]);
    expect(englishWordsIn("Data fra statusmøtet; tiltaket er lineært og totalt sett en trend.")).toEqual([]);
    expect(englishOnPage(`<a href="/the/page" class="error">Tilbake</a><script>var page = "the"</script>`)).toEqual([]);
    // A title in English marked as such (WCAG 3.1.2) is a quotation, not the app speaking.
    expect(englishOnPage(`<p>Kilde: <cite lang="en">A review of the models</cite>, 2011.</p>`)).toEqual([]);
    expect(visibleTextOf(`<button title="Slett">x</button>`)).toEqual(["Slett", "x"]);
  });

  it("fails when a new English word is added to a page", () => {
    expect(englishOnPage("<p>Lagre</p>")).toEqual([]);
    expect(englishOnPage("<p>Lagre (save)</p>")).toHaveLength(1);
    expect(englishOnPage("<p>Invalid Date</p>")).toHaveLength(1);
    expect(englishOnPage("<td>NaN</td><td>undefined</td>")).toHaveLength(2);
  });
});

describe("pages", () => {
  it("lists every page route", () => {
    const files = fs.readdirSync("app/routes").map((f) => f.replace(/\.tsx?$/, "")).filter((f) => !f.endsWith(".test"));
    expect(files.filter((f) => !(f in PAGES))).toEqual([]);
  });

  for (const [route, entry] of Object.entries(PAGES)) {
    if (entry === "resource") continue;
    it(`${route} (${entry.as}) shows no English`, async () => {
      const response = await page(entry.path, entry.as);
      expect(response.status, route).toBe(entry.status ?? 200);
      expect(englishOnPage(await response.text())).toEqual([]);
    });
  }

  it("a sustainability round of each instrument shows no English", async () => {
    const leader = getUserByEmail(EMAIL.prosjektleder)!.id;
    for (const instrumentId of ["baerekraftsmodell", "powell"]) startRound({ projectId: 1, userId: leader, instrumentId, title: "Runde", raterIds: [leader, getUserByEmail(EMAIL.radgiver)!.id] });
    const rounds = listRounds(1);
    const instruments = [...new Set(rounds.map((r) => r.instrumentId))];
    expect(instruments.length).toBeGreaterThan(1);
    for (const instrument of instruments) {
      const response = await page(`/prosjekter/1/barekraft/${rounds.find((r) => r.instrumentId === instrument)!.id}`, "radgiver");
      expect(response.status).toBe(200);
      expect(englishOnPage(await response.text())).toEqual([]);
    }
  });

  for (const entry of ERROR_PAGES) {
    it(`the error page for ${entry.path} (${entry.as}) shows no English`, async () => {
      const response = await page(entry.path, entry.as);
      expect(response.status).toBe(entry.status);
      expect(englishOnPage(await response.text())).toEqual([]);
    });
  }
});

/** The texts in an Office file (XLSX or DOCX): every <…:t> element and the names and descriptions of sheets and images. */
async function officeTexts(data: ArrayBuffer | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) texts.push(m[1]);
    for (const m of xml.matchAll(/\s(?:name|descr|title)="([^"]*)"/g)) if (/(docPr|sheet)\b/.test(xml.slice(Math.max(0, m.index! - 200), m.index!))) texts.push(m[1]);
  }
  return texts.map((t) => t.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
}

describe("files and e-mails", () => {
  let mail: TestMailServer;
  beforeAll(async () => {
    mail = await startMailServer();
    process.env.SMTP_URL = mail.url;
    delete process.env.APP_URL;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await mail.close();
  });

  it("the office-file reader finds the texts of a document", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", `<w:document><w:p><w:r><w:t xml:space="preserve">Målinger above </w:t></w:r></w:p><wp:docPr id="1" name="Diagram" descr="Seriediagram"/></w:document>`);
    const texts = await officeTexts(await zip.generateAsync({ type: "nodebuffer" }));
    expect(texts).toEqual(["Målinger above ", "Diagram", "Seriediagram"]);
    expect(texts.flatMap(englishWordsIn)).toHaveLength(1);
  });

  it("the measure data as CSV and XLSX have no English", async () => {
    for (const ext of ["csv", "xlsx"]) {
      const response = await page(`/prosjekter/1/malinger/:measureId/data.${ext}`, "prosjektleder");
      expect(response.status, ext).toBe(200);
      const texts = ext === "csv" ? [await response.text()] : await officeTexts(await response.arrayBuffer());
      expect(texts.join("\n").length, ext).toBeGreaterThan(20);
      expect(texts.flatMap(englishWordsIn), ext).toEqual([]);
    }
  });

  it("the anchoring overview as XLSX has no English", async () => {
    const response = await page("/prosjekter/1/forankring.xlsx", "styringsgruppe");
    expect(response.status).toBe(200);
    const texts = await officeTexts(await response.arrayBuffer());
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.flatMap(englishWordsIn)).toEqual([]);
  });

  it("the Word report has no English", async () => {
    const content = buildReportContent(1, { title: "Statusrapport 2009–2012", periodStart: "2009-10-01", periodEnd: "2012-12-31", narrative: {} });
    const texts = await officeTexts(await reportDocx(content));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap(englishWordsIn)).toEqual([]);
  });

  it("the invitation and the password mail have no English", async () => {
    const leader = getUserByEmail(EMAIL.prosjektleder)!;
    await inviteAndSend(new Request("http://localhost/prosjekter/1/personer"), { email: "ny-person@trinnvis.test", projectId: 1, role: "prosjektmedarbeider", position: "", organisationId: null, invitedBy: leader.id }, leader.name);
    await requestPasswordReset(new Request("http://localhost/glemt-passord"), EMAIL.medarbeider);
    await passwordResetMailsSettled();
    const mails = [await mail.waitForMail("ny-person@trinnvis.test"), await mail.waitForMail(EMAIL.medarbeider)];
    for (const sent of mails) expect([sent.subject, sent.text].flatMap(englishWordsIn), sent.subject).toEqual([]);
  });
});

