// Validates add-in manifests offline against the OfficeApp 1.1 schemas with xmllint.
// Usage: node scripts/validateManifest.mjs [manifest.xml ...]  (default: manifest.xml and, when
// built, dist/manifest.xml). Schemas: $MANIFEST_XSD_DIR, else ../shared/office-manifest-xsd.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function schemaPath() {
  const dirs = [process.env.MANIFEST_XSD_DIR, join(root, '../shared/office-manifest-xsd'), '/work/shared/office-manifest-xsd'];
  const dir = dirs.find((d) => d && existsSync(join(d, 'OfficeAppManifestV1_1.xsd')));
  return dir ? join(dir, 'OfficeAppManifestV1_1.xsd') : null;
}

function main(args) {
  const schema = schemaPath();
  if (!schema) {
    console.error('validate: OfficeApp schemas not found (set MANIFEST_XSD_DIR or clone shared/ beside the repo)');
    return 2;
  }
  const files = args.length > 0 ? args : ['manifest.xml', 'dist/manifest.xml'].filter((f) => existsSync(join(root, f)));
  let failed = 0;
  for (const file of files) {
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    } catch (error) {
      if (error.code === 'ENOENT') {
        console.error('validate: xmllint not found (Debian/Ubuntu: apt-get install libxml2-utils)');
        return 2;
      }
      failed += 1;
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
