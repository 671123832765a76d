// Importing an exported project: read, check every row (with progress), then write it all in one transaction.
import { writeAudit } from "../models/audit.server";
import { checkProjectFile, ImportError, importProject, parseProjectFile } from "../models/project-transfer.server";
import { JobError, type Work } from "./runner.server";

export function projectImportWork(file: { name: string; text: string }, userId: number): Work {
  return async (progress) => {
    await progress("Leser filen");
    try {
      const data = parseProjectFile(file.text);
      await checkProjectFile(data, (done, total) => progress("Kontrollerer radene", done, total));
      await progress("Lagrer prosjektet");
      const { projectId, notes } = importProject(data);
      writeAudit({ userId, action: "import", entityType: "project", entityId: projectId, projectId, detail: { file: file.name, notes } });
      return { result: { projectId, notes } };
    } catch (error) {
      if (error instanceof ImportError) throw new JobError(error.problems);
      throw error;
    }
  };
}
