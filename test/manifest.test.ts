/**
 * The manifest, checked locally: office-addin-manifest's online `validate` cannot run here. The add-in is
 * built once (webpack, production mode) into a temporary folder so every address the manifest names can be
 * matched to a file the build produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MANIFEST,
  productionManifest,
  readManifest,
  readManifestElements,
  readManifestXml,
  type ManifestInfo,
  type XmlElement,
} from '../scripts/manifest-address';
import { REQUIREMENT_SETS } from '../src/ui/requirements';

const DEV_ORIGIN = 'https://localhost:3000';
const ROOT = path.join(__dirname, '..');

let info: ManifestInfo;
let root: XmlElement;
let dist: string;

function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

function only(el: XmlElement, name: string): XmlElement {
  const found = children(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>, expected one`);
  return found[0];
}

function all(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(all)];
}

function at(el: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(only, el);
}

/** Are the names that occur in `names` in the order `order` gives them? */
function inOrder(names: string[], order: string[]): boolean {
  const positions = names.filter((n) => order.includes(n)).map((n) => order.indexOf(n));
  return positions.every((p, i) => i === 0 || p >= positions[i - 1]);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  info = await readManifest();
  root = await readManifestElements();
  dist = mkdtempSync(path.join(os.tmpdir(), 'oic-dist-'));
  const webpackCli = require.resolve('webpack/bin/webpack.js');
  const build = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_PUBLIC_URL: '', OFFICE_JS: '' },
  });
  if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('the manifest as office-addin-manifest reads it', () => {
  it('is a task pane add-in for Excel workbooks, with an id and a UK locale', async () => {
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      displayName: 'OIC Tracker',
      defaultLocale: 'en-GB',
      permissions: 'ReadWriteDocument',
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}/taskpane.html`);
    await expect(readManifestXml()).resolves.toHaveProperty('OfficeApp');
  });

  it('is refused when it is not well-formed', async () => {
    const bad = path.join(mkdtempSync(path.join(os.tmpdir(), 'oic-bad-')), 'manifest.xml');
    writeFileSync(bad, readFileSync(MANIFEST, 'utf8').replace('</Hosts>', '</Host>'));
    await expect(readManifestElements(bad)).rejects.toThrow();
    await expect(readManifestXml(bad)).rejects.toThrow(/Unable to parse the manifest file/);
  });
});

describe("the manifest's structure", () => {
  it("keeps the schema's order of the top-level elements", () => {
    const order = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'AllowSnapshot',
      'VersionOverrides',
    ];
    const names = root.children.map((c) => c.name);
    expect(names.filter((n) => !order.includes(n))).toEqual([]);
    expect(inOrder(names, order)).toBe(true);
  });

  it('declares exactly the requirement sets the code uses', () => {
    const sets = children(at(root, 'Requirements', 'Sets'), 'Set').map((s) => [
      s.attrs.Name,
      s.attrs.MinVersion,
    ]);
    expect(sets).toEqual(REQUIREMENT_SETS.map((s) => [s.name, s.minVersion]));
  });

  it('puts Runtimes first in the Workbook host, with one long-lived shared runtime', () => {
    const overrides = only(root, 'VersionOverrides');
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const host = at(overrides, 'Hosts', 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    expect(host.children.map((c) => c.name)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const runtimes = children(only(host, 'Runtimes'), 'Runtime');
    expect(runtimes.map((r) => r.attrs)).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
  });

  it('serves the functions, the commands and the pane from the one runtime page', () => {
    const host = at(root, 'VersionOverrides', 'Hosts', 'Host');
    const runtime = at(host, 'Runtimes', 'Runtime').attrs.resid;
    const cf = at(host, 'AllFormFactors', 'ExtensionPoint');
    expect(cf.attrs['xsi:type']).toBe('CustomFunctions');
    expect(cf.children.map((c) => c.name)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    expect(at(cf, 'Page', 'SourceLocation').attrs.resid).toBe(runtime);
    const desktop = only(host, 'DesktopFormFactor');
    expect(
      inOrder(
        desktop.children.map((c) => c.name),
        ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
      ),
    ).toBe(true);
    expect(only(desktop, 'FunctionFile').attrs.resid).toBe(runtime);
    const showPane = all(desktop).filter(
      (e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane',
    );
    expect(showPane).toHaveLength(1);
    expect(only(showPane[0], 'SourceLocation').attrs.resid).toBe(runtime);
  });

  it("names the functions' namespace OIC", () => {
    const resid = at(
      root,
      'VersionOverrides',
      'Hosts',
      'Host',
      'AllFormFactors',
      'ExtensionPoint',
      'Namespace',
    ).attrs.resid;
    const strings = children(at(root, 'VersionOverrides', 'Resources', 'bt:ShortStrings'), 'bt:String');
    expect(strings.find((s) => s.attrs.id === resid)?.attrs.DefaultValue).toBe('OIC');
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tab = all(root).find((e) => e.name === 'OfficeTab');
    expect(tab?.attrs.id).toBe('TabHome');
    const buttons = all(tab!).filter((e) => e.name === 'Control' && e.attrs['xsi:type'] === 'Button');
    const actions = buttons.map((b) => only(b, 'Action').attrs['xsi:type']);
    expect(actions).toContain('ShowTaskpane');
  });
});

describe("the manifest's resources", () => {
  const KIND: Record<string, string> = {
    Runtime: 'bt:Urls',
    SourceLocation: 'bt:Urls',
    FunctionFile: 'bt:Urls',
    LearnMoreUrl: 'bt:Urls',
    Namespace: 'bt:ShortStrings',
    Label: 'bt:ShortStrings',
    Title: 'bt:ShortStrings',
    Description: 'bt:LongStrings',
    'bt:Image': 'bt:Images',
  };

  function resources(): Map<string, { group: string; value: string }> {
    const map = new Map<string, { group: string; value: string }>();
    for (const group of at(root, 'VersionOverrides', 'Resources').children) {
      for (const item of group.children) {
        if (map.has(item.attrs.id)) throw new Error(`resource id ${item.attrs.id} is used twice`);
        map.set(item.attrs.id, { group: group.name, value: item.attrs.DefaultValue });
      }
    }
    return map;
  }

  it('defines every resource id it uses, in the right kind of resource', () => {
    const defined = resources();
    const used = all(at(root, 'VersionOverrides', 'Hosts')).filter((e) => e.attrs.resid);
    expect(used.length).toBeGreaterThan(10);
    const problems = used
      .filter((e) => defined.get(e.attrs.resid)?.group !== KIND[e.name])
      .map((e) => `<${e.name} resid="${e.attrs.resid}"> wants a ${KIND[e.name]} entry`);
    expect(problems).toEqual([]);
  });

  it("uses every resource it defines, and keeps ids and strings within the schema's limits", () => {
    const defined = resources();
    const used = new Set(
      all(at(root, 'VersionOverrides', 'Hosts'))
        .map((e) => e.attrs.resid)
        .filter(Boolean),
    );
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
    for (const [id, { group, value }] of defined) {
      expect(id.length).toBeLessThanOrEqual(32);
      if (group === 'bt:ShortStrings') expect(value.length).toBeLessThanOrEqual(125);
      if (group === 'bt:LongStrings') expect(value.length).toBeLessThanOrEqual(250);
    }
  });

  it('gives every icon at 16, 32 and 80 px, each image the size it claims', () => {
    const defined = resources();
    for (const icon of all(root).filter((e) => e.name === 'Icon')) {
      const images = children(icon, 'bt:Image');
      expect(images.map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
      for (const image of images) {
        const url = defined.get(image.attrs.resid)!.value;
        const file = path.join(ROOT, new URL(url).pathname);
        expect(pngSize(file)).toEqual({ width: Number(image.attrs.size), height: Number(image.attrs.size) });
      }
    }
    expect(pngSize(path.join(ROOT, new URL(info.iconUrl!).pathname))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(ROOT, new URL(info.highResolutionIconUrl!).pathname))).toEqual({
      width: 64,
      height: 64,
    });
  });
});

describe('the manifest against the build', () => {
  function urls(): string[] {
    // Namespace declarations are names, not addresses anything fetches.
    return all(root)
      .flatMap((e) => Object.entries(e.attrs).filter(([k]) => !k.startsWith('xmlns')))
      .map(([, v]) => v)
      .filter((v) => /^https?:\/\//i.test(v));
  }

  it('names only https addresses on the dev server, each a file the build produced', () => {
    const found = urls();
    expect(found.length).toBeGreaterThanOrEqual(8);
    expect(found.filter((u) => !u.startsWith(`${DEV_ORIGIN}/`))).toEqual([]);
    const missing = found.filter((u) => !existsSync(path.join(dist, new URL(u).pathname)));
    expect(missing).toEqual([]);
  });

  it('declares every OIC function in functions.json', () => {
    const metadata = JSON.parse(readFileSync(path.join(dist, 'functions.json'), 'utf8')) as {
      functions: Array<{ id: string; name: string; description: string; options?: Record<string, boolean> }>;
    };
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(
      [
        'COUNTSTATUS',
        'DAYSLEFT',
        'DEADLINE',
        'EVIDENCE',
        'FORCES',
        'MATRIX',
        'ONTIME',
        'RECOMMENDATION',
        'RESPONSEDATE',
        'STATUS',
      ].sort(),
    );
    for (const f of metadata.functions) expect(f.description.length).toBeGreaterThan(10);
    expect(byId.get('DAYSLEFT')?.options?.volatile).toBe(true);
    for (const id of ['STATUS', 'EVIDENCE', 'COUNTSTATUS', 'MATRIX', 'RESPONSEDATE', 'ONTIME']) {
      expect(byId.get(id)?.options?.stream).toBe(true);
    }
  });

  it('builds one page that loads office.js from the CDN and runs pane, functions and commands', () => {
    const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    expect(html).toContain('src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    for (const script of ['runtime.js', 'taskpane.js', 'functions.js', 'commands.js'])
      expect(html).toContain(`src=${script}`);
    expect(readFileSync(path.join(dist, 'functions.js'), 'utf8')).toContain(
      'CustomFunctions.associate("STATUS"',
    );
    expect(readFileSync(path.join(dist, 'commands.js'), 'utf8')).toContain('oicRefresh');
  });

  it('ships what other parts load beside the page: pdf.js, a local office.js and the bundled letters', () => {
    for (const file of [
      'pdfjs/pdf.worker.min.mjs',
      'pdfjs/standard_fonts/FoxitSerif.pfb',
      'office-local/office.js',
      'letters/dorset.txt',
    ]) {
      expect(existsSync(path.join(dist, file))).toBe(true);
    }
  });
});

describe('the production address', () => {
  it('moves every dev-server address under the published one', async () => {
    const moved = (
      await productionManifest(readFileSync(MANIFEST), 'https://oic.example.org/addin/')
    ).toString('utf8');
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('<SourceLocation DefaultValue="https://oic.example.org/addin/taskpane.html"/>');
    expect(moved).toContain('DefaultValue="https://oic.example.org/addin/functions.json"');
  });

  it.each(['http://oic.example.org/', 'not an address'])('refuses %p', async (address) => {
    await expect(productionManifest(readFileSync(MANIFEST), address)).rejects.toThrow(/ADDIN_PUBLIC_URL/);
  });
});
