// The manifest validates against the OfficeApp 1.1 schemas (offline, xmllint), and a build for
// another address rewrites every URL into a manifest that still validates.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPane, ROOT } from '../browser/buildPane';

const SCHEMA_DIRS = [process.env.MANIFEST_XSD_DIR, join(ROOT, '../shared/office-manifest-xsd'), '/work/shared/office-manifest-xsd'];
const schemaDir = SCHEMA_DIRS.find((d): d is string => d !== undefined && existsSync(join(d, 'OfficeAppManifestV1_1.xsd')));

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const skipWhy = schemaDir === undefined ? 'schemas not found in ../shared/office-manifest-xsd' : !hasXmllint() ? 'xmllint not installed (libxml2-utils)' : null;
const named = (title: string): string => (skipWhy ? `${title} [skipped: ${skipWhy}]` : title);

/** xmllint's verdict; stderr carries the reasons when it fails. */
function validate(file: string): { ok: boolean; output: string } {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(schemaDir!, 'OfficeAppManifestV1_1.xsd'), file], { stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  }
}

const pngSize = (file: string): [number, number] => {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
};

const urls = (xml: string): string[] => [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);

describe('manifest.xml', () => {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

  it.skipIf(skipWhy !== null)(named('validates against the OfficeApp 1.1 schemas'), () => {
    expect(validate(join(ROOT, 'manifest.xml'))).toEqual({ ok: true, output: '' });
  });

  it('is a Workbook task pane asking for read/write, ExcelApi 1.9, with zh-CN names', () => {
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(xml).toContain('<Override Locale="zh-CN" Value="考核排名"/>');
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('points only at the dev server, at files the build produces', () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) expect(u.startsWith('https://localhost:3000')).toBe(true);
  });

  it('has real PNG icons at 16, 32, 64 and 80 px', () => {
    for (const size of [16, 32, 64, 80]) expect(pngSize(join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
  });
});

describe('built for an intranet address', () => {
  const out = mkdtempSync(join(tmpdir(), 'standings-dist-'));
  const base = 'https://intranet.example/standings/';
  let built = '';

  beforeAll(async () => {
    await buildPane({ outDir: out, baseUrl: base });
    built = readFileSync(join(out, 'manifest.xml'), 'utf8');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('rewrites every URL to ADDIN_BASE_URL and the app domain to its origin', () => {
    expect(built).not.toContain('localhost');
    const all = urls(built);
    expect(all).toContain('https://intranet.example');
    expect(all).toContain('https://intranet.example/standings/taskpane.html');
    for (const u of all) expect(u === 'https://intranet.example' || u.startsWith(base)).toBe(true);
  });

  it('ships every file the manifest names', () => {
    for (const u of urls(built).filter((x) => x.startsWith(base))) expect(existsSync(join(out, u.slice(base.length))), u).toBe(true);
  });

  it.skipIf(skipWhy !== null)(named('dist/manifest.xml validates too'), () => {
    expect(validate(join(out, 'manifest.xml'))).toEqual({ ok: true, output: '' });
  });
});
