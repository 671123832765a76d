// The search index against a real migrated database with the demo data: the triggers keep it in step
// with every write (and roll back with it), Norwegian letters, project limits, and bad expressions.
import { beforeAll, describe, expect, it } from "vitest";
import { getDbHandle } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { getDb } from "../../db/client.server";
import { buildSearchQuery } from "../domain/search-query";
import { SEARCH_FAILED_MESSAGE, searchInProjects } from "./search.server";

const sqlite = () => getDbHandle().sqlite;
const run = (statement: string, ...params: unknown[]) => Number(sqlite().prepare(statement).run(...params).lastInsertRowid);
const newProject = (name: string) => run("INSERT INTO projects (name) VALUES (?)", name);
const newActivity = (projectId: number, title: string, description = "") =>
  run("INSERT INTO activities (project_id, title, description, start_date, type_id, step_id, theme_id) VALUES (?, ?, ?, '2013-01-01', 'informasjonsmote', 'forberedelse', 'forankre')", projectId, title, description);

/** The hits for what a person types, in the projects: kind and record id. */
function found(text: string, projectIds: number[]) {
  const query = buildSearchQuery(text);
  if (!query.ok) throw new Error(query.message);
  const result = searchInProjects(projectIds, query.match, null);
  if (!result.ok) throw new Error(result.message);
  return result.hits.map((h) => `${h.kind}:${h.recordId}`);
}
const indexRows = (where: string) => (sqlite().prepare(`SELECT count(*) AS n FROM search_index WHERE ${where}`).get() as { n: number }).n;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("Norwegian letters", () => {
  let projectId: number;
  let id: number;
  beforeAll(() => {
    projectId = newProject("Bokstaver");
    id = newActivity(projectId, "Årlig samling på Øya", "Ærlig talt: møte om kvalitet");
  });

  it("finds Æ, Ø and Å in any case, and prefixes of words", () => {
    for (const text of ["årlig", "ÅRLIG", "øya", "ærlig", "Møte", "kval", "sam på"]) expect(found(text, [projectId]), text).toEqual([`aktivitet:${id}`]);
  });

  it("keeps å, ø and æ apart from a, o and e", () => {
    for (const text of ["arlig", "oya", "erlig", "mote", "aerlig"]) expect(found(text, [projectId]), text).toEqual([]);
  });

  it("marks the hits in the title and the text", () => {
    const query = buildSearchQuery("møte");
    const result = query.ok ? searchInProjects([projectId], query.match, null) : null;
    expect(result?.ok && result.hits[0].snippet).toBe("Ærlig talt: \uE000møte\uE001 om kvalitet");
    expect(result?.ok && result.hits[0]).toMatchObject({ projectName: "Bokstaver", title: "Årlig samling på Øya" });
  });
});

describe("the index follows every write", () => {
  it("changes and deletes with the record, and a rolled-back write leaves no trace", () => {
    const projectId = newProject("Skrivinger");
    const id = newActivity(projectId, "Blåbærtur");
    expect(found("blåbærtur", [projectId])).toEqual([`aktivitet:${id}`]);
    sqlite().prepare("UPDATE activities SET title = 'Tyttebærtur' WHERE id = ?").run(id);
    expect(found("blåbærtur", [projectId])).toEqual([]);
    expect(found("tyttebær", [projectId])).toEqual([`aktivitet:${id}`]);
    expect(() =>
      sqlite().transaction(() => {
        newActivity(projectId, "Multebærtur");
        throw new Error("avbrutt");
      })(),
    ).toThrow("avbrutt");
    expect(found("multebær", [projectId])).toEqual([]);
    sqlite().prepare("DELETE FROM activities WHERE id = ?").run(id);
    expect(found("tyttebær", [projectId])).toEqual([]);
  });

  it("indexes every kind of record, a report with its sections' text", () => {
    const p = newProject("Alle slag");
    const conference = run("INSERT INTO conferences (project_id, title, date, purpose) VALUES (?, 'Konferansetittel', '2013-01-01', 'Formålstekst')", p);
    const input = run("INSERT INTO conference_inputs (conference_id, text) VALUES (?, 'Innspillstekst')", conference);
    const tiltak = run("INSERT INTO tiltak (project_id, title, priority) VALUES (?, 'Tiltakstittel', 'prioritert')", p);
    const goal = run("INSERT INTO goals (project_id, kind, title) VALUES (?, 'hovedmal', 'Måltittel')", p);
    const measure = run("INSERT INTO measures (project_id, name, kind, definition) VALUES (?, 'Målingsnavn', 'antall', 'Definisjonstekst')", p);
    const meeting = run("INSERT INTO steering_meetings (project_id, date, notes) VALUES (?, '2013-02-01', 'Referattekst')", p);
    const decision = run("INSERT INTO decisions (project_id, meeting_id, text) VALUES (?, ?, 'Beslutningstekst')", p, meeting);
    const report = run("INSERT INTO reports (project_id, title, period_start, period_end) VALUES (?, 'Rapporttittel', '2013-01-01', '2013-12-31')", p);
    run("INSERT INTO report_sections (report_id, section_key, text) VALUES (?, 'sammendrag', 'Seksjonstekst')", report);
    expect(found("formålstekst", [p])).toEqual([`konferanse:${conference}`]);
    expect(found("innspillstekst", [p])).toEqual([`innspill:${input}`]);
    expect(found("tiltakstittel", [p])).toEqual([`tiltak:${tiltak}`]);
    expect(found("måltittel", [p])).toEqual([`mal:${goal}`]);
    expect(found("definisjonstekst", [p])).toEqual([`maling:${measure}`]);
    expect(found("referattekst", [p])).toEqual([`mote:${meeting}`]);
    expect(found("beslutningstekst", [p])).toEqual([`beslutning:${decision}`]);
    expect(found("seksjonstekst", [p])).toEqual([`rapport:${report}`]);
    sqlite().prepare("INSERT INTO report_sections (report_id, section_key, text) VALUES (?, 'sammendrag', 'Ny seksjon') ON CONFLICT DO UPDATE SET text = excluded.text").run(report);
    expect(found("seksjonstekst", [p])).toEqual([]);
    expect(found("rapporttittel seksjon", [p])).toEqual([`rapport:${report}`]);

    // Foreign-key cascades fire the triggers: deleting the conference removes its inputs' rows, and
    // deleting the project removes every row of it.
    sqlite().prepare("DELETE FROM conferences WHERE id = ?").run(conference);
    expect(found("innspillstekst", [p])).toEqual([]);
    expect(indexRows(`project_id = ${p}`)).toBe(6);
    sqlite().prepare("DELETE FROM projects WHERE id = ?").run(p);
    expect(indexRows(`project_id = ${p}`)).toBe(0);
  });
});

describe("limits and bad input", () => {
  it("finds only in the projects asked for", () => {
    const mine = newProject("Mitt");
    const other = newProject("Annet");
    const a = newActivity(mine, "Felles ord");
    const b = newActivity(other, "Felles ord");
    expect(found("felles", [mine])).toEqual([`aktivitet:${a}`]);
    expect(found("felles", [other])).toEqual([`aktivitet:${b}`]);
    expect(found("felles", [])).toEqual([]);
    expect(found("felles", [mine, other]).sort()).toEqual([`aktivitet:${a}`, `aktivitet:${b}`].sort());
  });

  it("answers an expression SQLite cannot read with a message", () => {
    expect(searchInProjects([1], '"ikke avsluttet', null)).toEqual({ ok: false, message: SEARCH_FAILED_MESSAGE });
    expect(searchInProjects([1], "NEAR(", null)).toEqual({ ok: false, message: SEARCH_FAILED_MESSAGE });
  });

  it("pages the hits, best first", () => {
    const p = newProject("Mange");
    for (let i = 0; i < 45; i++) newActivity(p, `Sidevisning ${i}`, i === 30 ? "" : "fyll ".repeat(20));
    const query = buildSearchQuery("sidevisning");
    const first = query.ok ? searchInProjects([p], query.match, null) : null;
    const last = query.ok ? searchInProjects([p], query.match, "3") : null;
    expect(first?.ok && first.pages).toMatchObject({ total: 45, pageCount: 3, page: 1 });
    // The shortest text with the word ranks first.
    expect(first?.ok && first.hits[0].title).toBe("\uE000Sidevisning\uE001 30");
    expect(last?.ok && last.hits).toHaveLength(5);
  });

  it("answers from the full-text index, not by scanning", () => {
    const plan = sqlite().prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM search_index WHERE search_index MATCH ?").all('{scope} : (p1) AND {title body} : ("helt"*)') as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
  });
});
