import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadContent } from "./content.server";

/** A copy of content/ with one file changed by `edit`. */
function contentWith(file: string, edit: (json: any) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-content-"));
  for (const name of fs.readdirSync("content")) fs.copyFileSync(path.join("content", name), path.join(dir, name));
  const json = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  edit(json);
  fs.writeFileSync(path.join(dir, file), JSON.stringify(json));
  return dir;
}

describe("content/", () => {
  it("is valid and holds the model the product relies on", () => {
    const content = loadContent();
    expect(content.steps.steps.map((s) => s.id)).toEqual(["forberedelse", "planlegge", "utfore", "kontrollere", "standardisere"]);
    expect(content.steps.steps.map((s) => s.themes.length)).toEqual([3, 4, 1, 1, 3]);
    expect(content.failureAreas.failureAreas).toHaveLength(5);
    expect(content.funderCriteria.criteria).toHaveLength(7);
    expect(content.agreementAreas.agreementAreas).toHaveLength(11);
    expect(content.transition.conditions).toHaveLength(5);
    expect(content.sustainabilityModel.areas.flatMap((a) => a.factors)).toHaveLength(10);
  });

  it("gives weights only together with a named source", () => {
    const model = loadContent().sustainabilityModel;
    if (model.weights !== null) expect(model.weights.source.length).toBeGreaterThan(0);
    const dir = contentWith("sustainability-model.json", (m) => {
      m.weights = { byFactor: {} };
    });
    expect(() => loadContent(dir)).toThrow(/sustainability-model\.json.*\n.*weights\.source/);
  });

  it("stops with a message naming the file and field when a step is missing", () => {
    const dir = contentWith("steps.json", (s) => s.steps.pop());
    expect(() => loadContent(dir)).toThrow(ContentError);
    expect(() => loadContent(dir)).toThrow(/steps\.json[\s\S]*stegene må være nøyaktig/);
  });

  it("refuses a level statement that is left empty", () => {
    const dir = contentWith("sustainability-model.json", (m) => {
      m.areas[0].factors[0].levels.c = "";
    });
    expect(() => loadContent(dir)).toThrow(/areas\.0\.factors\.0\.levels\.c/);
  });

  it("refuses the same theme id twice", () => {
    const dir = contentWith("steps.json", (s) => {
      s.steps[1].themes[0].id = s.steps[0].themes[0].id;
    });
    expect(() => loadContent(dir)).toThrow(/id-en «erkjenne-behov» to ganger/);
  });

  it("refuses a label list that misses a value the database can hold", () => {
    const dir = contentWith("labels.json", (l) => {
      delete l.tiltakStatuses.evaluert;
    });
    expect(() => loadContent(dir)).toThrow(/tiltakStatuses\.evaluert/);
  });

  it("refuses a file that is not JSON", () => {
    const dir = contentWith("audiences.json", () => undefined);
    fs.writeFileSync(path.join(dir, "audiences.json"), "{ ikke json");
    expect(() => loadContent(dir)).toThrow(/audiences\.json kan ikke leses/);
  });
});
