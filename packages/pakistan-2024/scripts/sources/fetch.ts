/** `pnpm sources:fetch`: see fetch-command.ts. */
import { runSourcesFetch } from './fetch-command.js';

process.exitCode = await runSourcesFetch(process.argv.slice(2));
