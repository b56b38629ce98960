// Rewrites the enums of config.schema.json from the code (model versions, languages, presets, defects).
import { readFileSync, writeFileSync } from 'node:fs';
import { withCodeEnums } from '../src/config/schema-enums.js';

const file = new URL('../config.schema.json', import.meta.url);
const schema = withCodeEnums(JSON.parse(readFileSync(file, 'utf8')));
writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
