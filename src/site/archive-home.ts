// The root page of a sharded archive, when this build is one of its shards (src/lib/shards/archive-home.ts).
import { ARCHIVE_HOME_ENV, archiveHomeFrom } from '../lib/shards/archive-home.ts';

export const archiveHome = archiveHomeFrom(process.env[ARCHIVE_HOME_ENV]);
