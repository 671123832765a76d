// npm run backup [-- FILE]: an online backup of the live database (the app may keep running).
import { BackupError, backupDatabase } from "../../db/backup.server";
import { DEFAULT_DATABASE_PATH } from "../../db/client.server";

const live = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const destination = process.argv[2] || `backups/trinnvis-${stamp}.db`;

backupDatabase(live, destination)
  .then(({ file, pages }) => console.log(`Sikkerhetskopi skrevet til ${file} (${pages} sider, integritet ok).`))
  .catch((error) => {
    console.error(error instanceof BackupError ? error.message : error);
    process.exit(1);
  });
