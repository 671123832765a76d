// The administrator's project import through its page: the action called with real Requests. Broken
// text, a body that is not the page's form, or a broken form answer 4xx with a message in bokmål.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { projectImportWork } from "../../app/jobs/project-import.server";
import { JobError } from "../../app/jobs/runner.server";
import { getJobForUser } from "../../app/models/jobs.server";
import { exportProject } from "../../app/models/project-transfer.server";
import { getUserByEmail } from "../../app/models/user.server";
import { action } from "../../app/routes/admin.import";
import { MALFORMED_FORM } from "../../app/utils/upload-body.server";
import { getCurrentSession } from "../../app/services/session.server";
import { cookieFor, responseOf } from "./requests";

const ADMIN = "admin@trinnvis.test";
const context = {} as AppLoadContext;

async function post(body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request("http://localhost/admin/import", { method: "POST", body, headers: { Cookie: await cookieFor(ADMIN), ...headers } });
  return responseOf(() => action({ request, params: {}, context }));
}

/** The page's form with the session's CSRF token and a file. */
async function upload(text: string, name = "prosjekt.json") {
  const cookie = await cookieFor(ADMIN);
  const session = await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: cookie } }));
  const form = new FormData();
  form.set("csrf", session!.csrfToken);
  form.set("fil", new File([text], name, { type: "application/json" }));
  const request = new Request("http://localhost/admin/import", { method: "POST", body: form, headers: { Cookie: cookie } });
  return responseOf(() => action({ request, params: {}, context }));
}

const problemsOf = async (response: Response) => ((await response.json()) as { problems: string[] }).problems;

describe("/admin/import", () => {
  beforeAll(async () => {
    await seedDemoDataIfEmpty(getDb());
  });

  it("answers a file that is not JSON with 400 and a message in bokmål, before any job starts", async () => {
    const response = await upload('{"format": "trinnvis-prosjekt", "tables": {');
    expect(response.status).toBe(400);
    expect((await problemsOf(response))[0]).toMatch(/^Filen er ikke gyldig JSON/);
  });

  it("answers a body that is not the page's form with 415, and a broken form with 400", async () => {
    const json = await post(JSON.stringify(exportProject(2)), { "Content-Type": "application/json" });
    expect(json.status).toBe(415);
    expect(await problemsOf(json)).toEqual([expect.stringMatching(/^Skjemaet må sendes som et skjema med fil/)]);
    const broken = await post("--x\r\nContent-Disposition: form-data; name=\"fil\"\r\n\r\nuten slutt", { "Content-Type": "multipart/form-data; boundary=x" });
    expect(broken.status).toBe(400);
    expect(await problemsOf(broken)).toEqual([MALFORMED_FORM]);
    const none = await post("", { "Content-Type": "multipart/form-data" });
    expect(none.status).toBe(400);
  });

  it("starts a job for a file that is JSON, and the job imports it", async () => {
    const response = await upload(`\uFEFF${JSON.stringify({ ...exportProject(2)!, project: { ...exportProject(2)!.project, name: "Importert via siden" } })}`);
    expect(response.status).toBe(302);
    const jobId = Number(response.headers.get("Location")!.split("/").pop());
    const userId = getUserByEmail(ADMIN)!.id;
    for (let i = 0; i < 100 && ["venter", "kjorer"].includes(getJobForUser(jobId, userId)!.status); i++) await new Promise((r) => setTimeout(r, 50));
    expect(getJobForUser(jobId, userId)).toMatchObject({ status: "ferdig", result: { projectId: expect.any(Number) } });
  });

  it("the job's own steps answer broken JSON and a refused row with the problems, not a crash", async () => {
    const userId = getUserByEmail(ADMIN)!.id;
    const progress = async () => {};
    await expect(projectImportWork({ name: "x.json", text: "{" }, userId)(progress)).rejects.toBeInstanceOf(JobError);
    const file = structuredClone(exportProject(2)!);
    file.tables.dataPoints[0] = { ...file.tables.dataPoints[0], denominator: -1 };
    await expect(projectImportWork({ name: "x.json", text: JSON.stringify(file) }, userId)(progress)).rejects.toMatchObject({
      problems: expect.arrayContaining(["dataPoints rad 1, felt denominator: Nevneren må være større enn 0"]),
    });
  });
});
