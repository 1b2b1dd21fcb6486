// Writes schema/schema.graphql from the code (`npm run schema:emit`); commit the result.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../src/paths.js';
import { buildAppSchema, printAppSchema } from '../src/schema.js';

writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
