// Importing an exported project: read, check every row (with progress), then write it all in one transaction.
import { writeAudit } from "../models/audit.server";
import { checkProjectFile, ImportError, importProject } from "../models/project-transfer.server";
import { JobError, type Work } from "./runner.server";

export function projectImportWork(file: { name: string; text: string }, userId: number): Work {
  return async (progress) => {
    await progress("Leser filen");
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch {
      throw new JobError(["Filen er ikke gyldig JSON."]);
    }
    try {
      await checkProjectFile(data, (done, total) => progress("Kontrollerer radene", done, total));
      await progress("Lagrer prosjektet");
      const { projectId } = importProject(data);
      writeAudit({ userId, action: "import", entityType: "project", entityId: projectId, projectId, detail: { file: file.name } });
      return { result: { projectId } };
    } catch (error) {
      if (error instanceof ImportError) throw new JobError(error.problems);
      throw error;
    }
  };
}
