import type { JobFile } from "../models/jobs.server";

/** A download: an ASCII fallback name for old clients, the real name (UTF-8) for the rest. */
export function fileResponse(file: JobFile): Response {
  const ascii = file.name.replace(/[^\x20-\x7e]|"/g, "_");
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    },
  });
}
