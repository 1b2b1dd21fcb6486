// Writes schema/schema.graphql (the API) and schema/subgraph.graphql (the Federation 2 subgraph SDL
// partners compose) from the code (`npm run schema:emit`); commit both.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '../src/federation.js';
import { SCHEMA_FILE, SUBGRAPH_FILE } from '../src/paths.js';
import { buildAppSchema, printAppSchema } from '../src/schema.js';

const schema = await buildAppSchema();
writeFileSync(SCHEMA_FILE, printAppSchema(schema));
writeFileSync(SUBGRAPH_FILE, printSubgraphSchema(schema));
process.stdout.write(`wrote ${SCHEMA_FILE} and ${SUBGRAPH_FILE}\n`);
