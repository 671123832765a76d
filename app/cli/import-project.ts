// npm run import -- FILE: imports a Trinnvis export file into a new project.
import fs from "node:fs";
import { writeAudit } from "../models/audit.server";
import { ImportError, importProject } from "../models/project-transfer.server";

const file = process.argv[2];
if (!file) {
  console.error("Bruk: npm run import -- FIL.json");
  process.exit(2);
}
let data: unknown;
try {
  data = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (error) {
  console.error(`Kan ikke lese ${file}: ${(error as Error).message}`);
  process.exit(1);
}
try {
  const { projectId } = importProject(data);
  writeAudit({ userId: null, action: "import", entityType: "project", entityId: projectId, projectId, detail: { file } });
  console.log(`Importert som prosjekt ${projectId}.`);
} catch (error) {
  console.error(error instanceof ImportError ? error.message : error);
  process.exit(1);
}
