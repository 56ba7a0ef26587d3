// `npm run zip:source`: the tracked source files (git ls-files) as
// dist/appeal-spotter-source-<version>.zip, for add-on store review (reviewers rebuild and diff).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { zip } from './zip.mjs';

const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version;
const names = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)
  .filter((name) => { try { return statSync(name).isFile(); } catch { return false; } }); // deleted but not committed
const out = `dist/appeal-spotter-source-${version}.zip`;
mkdirSync('dist', { recursive: true });
writeFileSync(out, zip(names.map((name) => ({ name, data: readFileSync(name) }))));
console.log(`${out}: ${names.length} files`);
