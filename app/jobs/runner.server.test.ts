import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { jobs, projects } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { abandonJobsOf, abandonUnfinishedJobs, createJob, getJobFileForUser, getJobForUser } from "../models/jobs.server";
import { exportProject } from "../models/project-transfer.server";
import { getUserByEmail } from "../models/user.server";
import { projectImportWork } from "./project-import.server";
import { JobError, runJob, type Progress } from "./runner.server";

let owner: number;
let other: number;
const newJob = () => createJob({ kind: "prosjektimport", userId: owner, projectId: null, title: "Test", step: "Venter" });
const projectCount = () => getDb().select({ n: count() }).from(projects).get()!.n;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  owner = getUserByEmail("admin@trinnvis.test")!.id;
  other = getUserByEmail("prosjektleder@trinnvis.test")!.id;
});

describe("jobs", () => {
  it("saves progress while the work runs, so a reload (any reader) sees how far it has come", async () => {
    const jobId = newJob();
    let release!: () => void;
    const halfway = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const atHalf = new Promise<void>((resolve) => (reached = resolve));
    const running = runJob(jobId, async (progress: Progress) => {
      await progress("Kontrollerer radene", 50, 100);
      reached();
      await halfway;
      await progress("Lagrer", 100, 100);
      return { result: { projectId: 7 }, file: { name: "a.txt", type: "text/plain", data: Buffer.from("innhold") } };
    });
    await atHalf;
    expect(getJobForUser(jobId, owner)).toMatchObject({ status: "kjorer", step: "Kontrollerer radene", done: 50, total: 100, finishedAt: null });
    expect(getJobFileForUser(jobId, owner)).toBeNull();
    release();
    await running;
    expect(getJobForUser(jobId, owner)).toMatchObject({ status: "ferdig", result: { projectId: 7 }, fileName: "a.txt" });
    expect(getJobFileForUser(jobId, owner)?.data.toString()).toBe("innhold");
  });

  it("shows a job and its file to its owner only", () => {
    const jobId = newJob();
    expect(getJobForUser(jobId, other)).toBeNull();
    expect(getJobFileForUser(jobId, other)).toBeNull();
  });

  it("stops with the owner's messages, or a general one when something unexpected happens", async () => {
    const refused = newJob();
    await runJob(refused, async () => {
      throw new JobError(["Filen er ikke gyldig JSON."]);
    });
    expect(getJobForUser(refused, owner)).toMatchObject({ status: "feilet", problems: ["Filen er ikke gyldig JSON."] });
    const broken = newJob();
    const quiet = console.error;
    console.error = () => {};
    await runJob(broken, async () => {
      throw new Error("disk full");
    }).finally(() => (console.error = quiet));
    const job = getJobForUser(broken, owner)!;
    expect(job.status).toBe("feilet");
    expect(job.problems[0]).toMatch(/ingenting ble lagret/);
    expect(job.problems.join()).not.toContain("disk full");
  });

  it("marks jobs that were running when the server stopped as stopped, and leaves finished ones alone", async () => {
    const finished = newJob();
    await runJob(finished, async () => ({}));
    const waiting = newJob();
    const running = newJob();
    let release!: () => void;
    const work = runJob(running, async (progress) => {
      await progress("Kontrollerer radene", 1, 2);
      await new Promise<void>((resolve) => (release = resolve));
      return {};
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(abandonUnfinishedJobs()).toBeGreaterThanOrEqual(2);
    expect(getJobForUser(waiting, owner)).toMatchObject({ status: "feilet", step: "Venter" });
    expect(getJobForUser(running, owner)?.problems[0]).toMatch(/Serveren stoppet før jobben var ferdig/);
    expect(getJobForUser(finished, owner)?.status).toBe("ferdig");
    release();
    await work;
  });

  it("when one server process dies, marks only the jobs that process was running as stopped", async () => {
    const mine = newJob();
    const elsewhere = newJob();
    let release!: () => void;
    const work = runJob(mine, async (progress) => {
      await progress("Tegner diagrammene", 1, 3);
      await new Promise<void>((resolve) => (release = resolve));
      return {};
    });
    await new Promise((resolve) => setImmediate(resolve));
    getDb().update(jobs).set({ status: "kjorer", runnerPid: process.pid + 1 }).where(eq(jobs.id, elsewhere)).run();
    expect(abandonJobsOf(process.pid + 1)).toBe(1);
    expect(getJobForUser(elsewhere, owner)?.status).toBe("feilet");
    expect(getJobForUser(mine, owner)?.status).toBe("kjorer");
    release();
    await work;
    expect(getJobForUser(mine, owner)?.status).toBe("ferdig");
  });
});

describe("project import as a job", () => {
  it("checks every row with progress, then imports the project", async () => {
    const data = exportProject(1)!;
    const rows = Object.values(data.tables).reduce((sum, table) => sum + table.length, 0);
    const steps: { step: string; done: number; total: number }[] = [];
    const jobId = newJob();
    const before = projectCount();
    await runJob(jobId, async (progress) =>
      projectImportWork({ name: "kopi.json", text: JSON.stringify({ ...data, project: { ...data.project, name: "Kopi som jobb" } }) }, owner)(async (step, done = 0, total = 0) => {
        steps.push({ step, done, total });
        await progress(step, done, total);
      }),
    );
    const job = getJobForUser(jobId, owner)!;
    expect(job.status).toBe("ferdig");
    expect(projectCount()).toBe(before + 1);
    expect(job.result).toEqual({ projectId: expect.any(Number), notes: expect.any(Array) });
    const checking = steps.filter((s) => s.step === "Kontrollerer radene");
    expect(checking.at(-1)).toEqual({ step: "Kontrollerer radene", done: rows, total: rows });
    expect(checking.length).toBeGreaterThan(1);
    expect(steps.map((s) => s.step)).toEqual(["Leser filen", ...checking.map(() => "Kontrollerer radene"), "Lagrer prosjektet"]);
  });

  it("stops at the check with the bad row named, and saves nothing", async () => {
    const data = exportProject(1)!;
    data.tables.activities[1].startDate = "31.02.2019";
    const jobId = newJob();
    const before = projectCount();
    await runJob(jobId, projectImportWork({ name: "feil.json", text: JSON.stringify(data) }, owner));
    const job = getJobForUser(jobId, owner)!;
    expect(job).toMatchObject({ status: "feilet" });
    expect(job.problems).toContain("activities rad 2, felt startDate: må være en dato (ÅÅÅÅ-MM-DD) som finnes");
    expect(projectCount()).toBe(before);
  });

  it("refuses a file that is not JSON", async () => {
    const jobId = newJob();
    await runJob(jobId, projectImportWork({ name: "x.json", text: "{ikke json" }, owner));
    const job = getJobForUser(jobId, owner)!;
    expect(job.status).toBe("feilet");
    expect(job.problems).toEqual([expect.stringMatching(/^Filen er ikke gyldig JSON \(feil ved tegn 2\)/)]);
  });
});
