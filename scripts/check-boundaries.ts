/**
 * Dependency direction (ARCHITECTURE.md): arrows only point down the picture, no package imports the runner.
 * Checks both the declared dependencies and every import specifier in each package's src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const allowed: Record<string, readonly string[]> = {
  '@elan-kit/schemas': [],
  '@elan-kit/rules': ['@elan-kit/schemas'],
  '@elan-kit/fixtures': ['@elan-kit/schemas'],
  '@elan-kit/simulator': ['@elan-kit/schemas', '@elan-kit/rules', '@elan-kit/fixtures'],
  '@elan-kit/conformance': ['@elan-kit/schemas', '@elan-kit/rules', '@elan-kit/fixtures', '@elan-kit/simulator'],
  '@elan-kit/reporter': ['@elan-kit/schemas'],
  '@elan-kit/inspector': ['@elan-kit/schemas', '@elan-kit/fixtures', '@elan-kit/simulator', '@elan-kit/conformance'],
  'elan-kit': [
    '@elan-kit/schemas',
    '@elan-kit/rules',
    '@elan-kit/fixtures',
    '@elan-kit/simulator',
    '@elan-kit/conformance',
    '@elan-kit/reporter',
    '@elan-kit/inspector',
  ],
};
const dirs = [
  'packages/schemas',
  'packages/rules',
  'packages/fixtures',
  'packages/simulator',
  'packages/conformance',
  'packages/reporter',
  'packages/inspector',
  'apps/runner',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

const problems: string[] = [];
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  const permitted = new Set([pkg.name, ...(allowed[pkg.name] ?? [])]);
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if ((dep.startsWith('@elan-kit/') || dep === 'elan-kit') && !permitted.has(dep)) {
      problems.push(`${dir}/package.json depends on ${dep}, which ARCHITECTURE.md does not allow for ${pkg.name}`);
    }
  }
  for (const file of sourceFiles(join(dir, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const specifier = match[1] ?? '';
      const target = specifier.startsWith('@elan-kit/')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier === 'elan-kit' || specifier.startsWith('elan-kit/')
          ? 'elan-kit'
          : undefined;
      if (target && !permitted.has(target)) problems.push(`${file} imports ${specifier}: not allowed for ${pkg.name}`);
      if (specifier.includes('/src/') && (specifier.startsWith('@elan-kit/') || specifier.startsWith('../../'))) {
        problems.push(`${file} reaches into another package's src/ (${specifier}); import by package name`);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Package boundary violations:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Package boundaries ok (${dirs.length} packages).`);
