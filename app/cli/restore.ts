// npm run restore -- FILE: replaces the database with a backup. Refused while the app runs (see db/server-lock.server.ts).
import { BackupError, restoreDatabase } from "../../db/backup.server";
import { DEFAULT_DATABASE_PATH } from "../../db/client.server";

const file = process.argv[2];
if (!file) {
  console.error("Bruk: npm run restore -- FIL.db   (stopp appen først)");
  process.exit(2);
}
const live = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;

restoreDatabase(file, live)
  .then(({ previous }) => console.log(`Databasen ${live} er gjenopprettet fra ${file}.${previous ? ` Den forrige ligger i ${previous}.` : ""}`))
  .catch((error) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  });
