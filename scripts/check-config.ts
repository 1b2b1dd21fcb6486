// Run by `npm start` (scripts/start.mjs) before a build: a bad variable stops it in a second, with
// the hub's own message and status 2, rather than after the 10–55 s of tsc and Vite.
import { loadConfigOrExit } from '../src/config.js';

loadConfigOrExit();
