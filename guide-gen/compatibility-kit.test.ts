import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { generateGuide } from './generate-guide';
import { stripAnsi } from './escape-mdx';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

/**
 * The Cucumber Compatibility Kit's samples: real message streams from every kind of run, with
 * every kind of attachment. Whatever a sample attaches must reach the reader (its text, its link,
 * or its file on a page) or be named by a warning: the guide loses nothing silently.
 */
const KIT = join(dirname(require.resolve('@cucumber/compatibility-kit/package.json')), 'features');
const streamOf = (sample: string) => readFileSync(join(KIT, sample, `${sample}.ndjson`), 'utf8');
/** The samples that attach anything (the attachment samples, and `markdown`, which logs). */
const SAMPLES = readdirSync(KIT).filter(
  (name) => existsSync(join(KIT, name, `${name}.ndjson`)) && /^\{"(attachment|externalAttachment)"/m.test(streamOf(name)),
);

interface Attached {
  line: number;
  mediaType: string;
  bytes: Uint8Array;
}

function attachmentsIn(ndjson: string): Attached[] {
  return ndjson.split('\n').flatMap((text, i) => {
    if (!text.trim()) return [];
    const envelope = JSON.parse(text) as { attachment?: Record<string, string>; externalAttachment?: Record<string, string> };
    const attachment = envelope.attachment ?? envelope.externalAttachment;
    if (!attachment) return [];
    const bytes = Buffer.from(attachment.body ?? '', attachment.contentEncoding === 'BASE64' ? 'base64' : 'utf8');
    return [{ line: i + 1, mediaType: attachment.mediaType, bytes: new Uint8Array(bytes) }];
  });
}

const sha = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex').slice(0, 16);
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/**
 * Every way a page can show an attachment, as something to find in its HTML: the text, pretty
 * JSON, each link, or a link to (or an image of) a file holding exactly its bytes.
 */
function marksOf(attached: Attached, written: ReadonlyMap<string, Uint8Array>): string[] {
  const text = stripAnsi(Buffer.from(attached.bytes).toString('utf8'));
  const marks = [html(text).trim()];
  try {
    marks.push(html(JSON.stringify(JSON.parse(text), null, 2)));
  } catch {
    // Not JSON.
  }
  if (attached.mediaType === 'text/uri-list')
    marks.push(
      ...text
        .split('\n')
        .filter(Boolean)
        .map((url) => `href="${html(url)}"`),
    );
  for (const [path, bytes] of written) {
    // Linked from a page in the guide folder, or from an evidence page one folder down.
    if (path.startsWith('files/') && Buffer.compare(bytes, attached.bytes) === 0) marks.push(`"./${path}"`, `"../${path}"`);
  }
  if (attached.mediaType === 'image/png' || attached.mediaType === 'image/jpeg') marks.push(`./img/${sha(attached.bytes)}.`);
  return marks.filter((mark) => mark !== '');
}

async function accountFor(ndjson: string, loadExternal?: (url: string) => Uint8Array | undefined) {
  const { files, warnings } = generateGuide(ndjson, loadExternal);
  const written = new Map(files.filter((file) => typeof file.contents !== 'string').map((file) => [file.path, file.contents as Uint8Array]));
  const pages = await Promise.all(files.filter((file) => file.path.endsWith('.mdx')).map((file) => renderMdxToHtml(String(file.contents))));
  const all = pages.join('\n');
  const attached = attachmentsIn(ndjson);
  // Two attachments with the same content must each be shown: count what each mark needs.
  const needed = new Map<string, number>();
  const lost: string[] = [];
  for (const attachment of attached) {
    if (warnings.some((warning) => warning.startsWith(`line ${attachment.line}: `))) continue;
    const marks = marksOf(attachment, written);
    const mark = marks.find((candidate) => all.split(candidate).length - 1 > (needed.get(candidate) ?? 0));
    if (mark) needed.set(mark, (needed.get(mark) ?? 0) + 1);
    else lost.push(`line ${attachment.line} (${attachment.mediaType})`);
  }
  return { attached, lost, warnings, written, all };
}

/** The kit tags no walkthrough `@how-to`: its how-to page teaches the first that passed, and says so. */
const NO_HOW_TO =
  '"Attachments" (samples/attachments/attachments.feature): no walkthrough is tagged @how-to, so its how-to page teaches the first that passed, ' +
  '"Strings can be attached with a media type". Tag its shortest passing happy path @how-to.';

describe('the guide of each Compatibility Kit sample', () => {
  it('has the samples to read', () => {
    for (const sample of ['attachments', 'hooks-attachment', 'global-hooks-attachments', 'examples-tables-attachment']) {
      assert.ok(SAMPLES.includes(sample), sample);
    }
  });

  for (const sample of SAMPLES) {
    it(`${sample}: shows every attachment or warns about it by line, and its pages compile`, async () => {
      const ndjson = streamOf(sample);
      const { attached, lost } = await accountFor(ndjson, (url) => {
        const path = join(KIT, sample, url);
        return existsSync(path) ? readFileSync(path) : undefined;
      });
      assert.ok(attached.length > 0);
      assert.deepEqual(lost, [], `of ${attached.length} attachments`);
    });
  }

  it('attachments: shows the log, the JSON, the link and the text, and offers the PDF and the bytes as files', async () => {
    const ndjson = streamOf('attachments');
    const { attached, warnings, written, all } = await accountFor(ndjson);
    assert.equal(attached.length, 8);
    assert.deepEqual(warnings, [NO_HOW_TO]);
    assert.match(all, /<pre><code class="language-text">This displays a rainbow\n<\/code><\/pre>/);
    assert.match(all, /<pre><code class="language-json">\{\n {2}&quot;message&quot;: &quot;The &lt;b&gt;big&lt;\/b&gt; question&quot;,/);
    assert.match(all, /<a href="https:\/\/cucumber\.io">https:\/\/cucumber\.io<\/a>/);
    assert.match(all, /<a href="\.\.\/files\/[0-9a-f]{16}-renamed\.pdf">Download renamed\.pdf<\/a> \(application\/pdf, 9\.8 KB\)/);
    assert.deepEqual(
      [...written.keys()]
        .filter((path) => path.startsWith('files/'))
        .map((path) => path.replace(/[0-9a-f]{16}/, 'HASH'))
        .sort(),
      ['files/HASH-attachment.bin', 'files/HASH-attachment.txt', 'files/HASH-renamed.pdf'],
    );
  });

  it('hooks-attachment: offers the hooks’ SVG as a file with the walkthrough, never inlines it', async () => {
    const ndjson = streamOf('hooks-attachment');
    const { all } = await accountFor(ndjson);
    assert.doesNotMatch(all, /<svg/);
    assert.match(all, /Attached by a hook before the first step: <a href="\.\.\/files\/[0-9a-f]{16}-attachment\.svg">/);
    assert.match(all, /Attached by a hook after the last step: <a href="\.\.\/files\/[0-9a-f]{16}-attachment\.svg">/);
  });

  it('global-hooks-attachments: shows what BeforeAll and AfterAll attached on “About this run”', async () => {
    const ndjson = streamOf('global-hooks-attachments');
    const { files } = generateGuide(ndjson);
    const page = String(files.find((file) => file.path === 'about_this_run.mdx')?.contents);
    const shown = await renderMdxToHtml(page);
    assert.match(shown, /Attached by the BeforeAll hook: <strong>Text<\/strong><\/p>\n<pre><code class="language-text">Attachment from BeforeAll hook\n/);
    assert.match(shown, /Attached by the AfterAll hook: <strong>Text<\/strong><\/p>\n<pre><code class="language-text">Attachment from AfterAll hook\n/);
  });

  it('warns, naming the line, about an attachment whose file is not there', async () => {
    const lines = streamOf('attachments').split('\n');
    const pdf = lines.findIndex((line) => line.includes('"fileName":"renamed.pdf"'));
    const { testCaseStartedId, testStepId } = JSON.parse(lines[pdf]).attachment;
    lines[pdf] = JSON.stringify({ externalAttachment: { url: 'gone/renamed.pdf', mediaType: 'application/pdf', testCaseStartedId, testStepId } });
    const { lost, warnings } = await accountFor(lines.join('\n'));
    assert.deepEqual(lost, []);
    assert.deepEqual(warnings, [`line ${pdf + 1}: attachment renamed.pdf (application/pdf) points to gone/renamed.pdf, which is missing; skipped`, NO_HOW_TO]);
  });
});
