import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { portalPaths } from '../../mocks/portal-paths';
import { ChangeDocomoIdPage } from './change-docomo-id-page';
import { DeleteDocomoIdPage } from './delete-docomo-id-page';
import { DigitsChangeForm } from './digits-change-form';
import { DocomoIdConsentPage } from './docomo-id-consent-page';
import { DocomoIdDetails } from './docomo-id-details';
import { DocomoIdJourney } from './docomo-id-journey';
import { DocomoIdLockedPage } from './docomo-id-locked-page';
import { DocomoIdLoginPage } from './docomo-id-login-page';
import { DocomoIdMenuPage } from './docomo-id-menu-page';
import { DocomoIdPage } from './docomo-id-page';
import { MailSettingsPage } from './mail-settings-page';
import { MenuPage } from './menu-page';
import { NetworkPinPage } from './network-pin-page';
import { NoDocomoIdPage } from './no-docomo-id-page';
import { RefusalPage } from './refusal-page';
import { SpModePasswordLockedPage } from './sp-mode-password-locked-page';
import { SpModePasswordPage } from './sp-mode-password-page';
import { SupportPage } from './support-page';
import { TopPage } from './top-page';
import { WifiCredentialsPage } from './wifi-credentials-page';
import { WifiLoginPage } from './wifi-login-page';

// mocks/README.md's "Which page is decided where": portal path | handler | rules | page object.
const root = join(__dirname, '../..');
const pageObjects: Record<string, { paths: readonly string[] }> = {
  ...{ ChangeDocomoIdPage, DeleteDocomoIdPage, DigitsChangeForm, DocomoIdConsentPage, DocomoIdDetails, DocomoIdJourney, DocomoIdLockedPage },
  ...{ DocomoIdLoginPage, DocomoIdMenuPage, DocomoIdPage, MailSettingsPage, MenuPage, NetworkPinPage, NoDocomoIdPage, RefusalPage },
  ...{ SpModePasswordLockedPage, SpModePasswordPage, SupportPage, TopPage, WifiCredentialsPage, WifiLoginPage },
};
/** Parts of many pages, with no address of their own. */
const parts = ['CredentialForm', 'PortalMessage'];

interface MapRow {
  key: string;
  path: string;
  /** The backquoted names in the handler, rules and page object cells. */
  cells: string[][];
}

const backquoted = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
const section = readFileSync(join(root, 'mocks/README.md'), 'utf8').split('\n## Which page is decided where')[1] ?? '';
const rows: MapRow[] = section
  .split('\n## ')[0]
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.slice(1, -1).split('|').map(backquoted))
  .map(([[key, path], ...cells]) => ({ key, path, cells }));

/** A portal path, the one {slug} of a path that takes one standing for any. */
const pathOf = (value: (typeof portalPaths)[keyof typeof portalPaths]) => (typeof value === 'string' ? value : value('{slug}' as never));
/** The row of a path: its own, else the row of the pattern it fits (`/support/{slug}/` for a topic). */
function rowOf(path: string): MapRow | undefined {
  const fits = (row: MapRow) => new RegExp(`^${row.path.replace('{slug}', '[a-z-]+').replace('*', '\\*')}$`).test(path);
  return rows.find((row) => row.path === path) ?? rows.find(fits);
}
const fileOf = (name: string) => join(root, name.startsWith('steps/') ? name : `mocks/${name}`);

test('every address the portal serves has its row, with its path as portal-paths.ts has it', () => {
  const inTable = Object.fromEntries(rows.map((row) => [row.key, row.path]));
  const inCode = Object.fromEntries(Object.entries(portalPaths).map(([key, value]) => [key, pathOf(value)]));
  assert.deepEqual(inTable, inCode);
  assert.equal(rows.length, Object.keys(portalPaths).length, 'one row for each address');
});

test('every file the table names exists and declares the functions and classes named after it', () => {
  const missing = rows.flatMap((row) => {
    let file = '';
    return row.cells.flat().flatMap((name) => {
      if (/\.tsx?$/.test(name)) {
        file = name;
        return existsSync(fileOf(name)) ? [] : [`${row.key}: no ${name}`];
      }
      const declared = new RegExp(`(function|class|const) ${name}\\b`).test(readFileSync(fileOf(file), 'utf8'));
      return declared ? [] : [`${row.key}: ${file} declares no ${name}`];
    });
  });
  assert.deepEqual(missing, []);
});

test("each page object's paths are the rows that name it", () => {
  const named = (row: MapRow) => (row.cells[2] ?? []).filter((name) => !name.endsWith('.ts'));
  const claimedByTable = rows.flatMap((row) => named(row).map((name) => `${name} ${row.key}`));
  const claimedByPageObjects = Object.entries(pageObjects).flatMap(([name, { paths }]) => paths.map((path) => `${name} ${rowOf(path)?.key}`));
  assert.deepEqual([...new Set(claimedByTable)].sort(), [...new Set(claimedByPageObjects)].sort());
});

test('every page object in steps/pages/ is in the table, or is a part of other pages', () => {
  const classes = readdirSync(join(root, 'steps/pages'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(join(root, 'steps/pages', file), 'utf8').matchAll(/^export class (\w+)/gm)].map((match) => match[1]));
  assert.deepEqual(classes.sort(), [...Object.keys(pageObjects), ...parts].sort());
});
