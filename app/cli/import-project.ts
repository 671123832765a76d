// npm run import -- FILE: imports a Trinnvis export file into a new project, all or nothing.
// Exit code 0: imported; 1: the file was refused (nothing saved); 2: wrong use.
import fs from "node:fs";
import { writeAudit } from "../models/audit.server";
import { ImportError, importProject, parseProjectFile } from "../models/project-transfer.server";

const file = process.argv[2];
if (!file) {
  console.error("Bruk: npm run import -- FIL.json");
  process.exit(2);
}
let text: string;
try {
  text = fs.readFileSync(file, "utf8");
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(`Kan ikke lese ${file}: ${code === "ENOENT" ? "filen finnes ikke" : code === "EACCES" ? "mangler tilgang" : code === "EISDIR" ? "det er en mappe" : (error as Error).message}`);
  process.exit(1);
}
try {
  const { projectId, notes } = importProject(parseProjectFile(text));
  writeAudit({ userId: null, action: "import", entityType: "project", entityId: projectId, projectId, detail: { file, notes } });
  console.log(`Importert som prosjekt ${projectId}.`);
  for (const note of notes) console.log(`Merk: ${note}`);
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exit(1);
}
