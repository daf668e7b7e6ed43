import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateGuide } from './generate-guide';
import { handMadeRun } from './testing/hand-made-run';
import { renderMdxToHtml } from './testing/render-mdx-to-html';
import { tinyRunNdjson } from './testing/tiny-run';

describe('renderGuide, through generateGuide on a real run', () => {
  const { files, warnings } = generateGuide(tinyRunNdjson);
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  const pages = files.filter((f) => f.path.endsWith('.mdx'));

  it('writes the start page, a how-to page per other feature in reading order, the glossary, and every feature’s evidence page', () => {
    assert.deepEqual(
      pages.map((f) => [f.path, /sidebar_position: (\d+)/.exec(String(f.contents))?.[1]]),
      [
        ['which-credential.mdx', '1'],
        ['network-pin.mdx', '2'],
        ['wifi.mdx', '3'],
        ['docomo-id.mdx', '4'],
        ['glossary.mdx', '5'],
        ['evidence/which-credential.mdx', '1'],
        ['evidence/network-pin.mdx', '2'],
        ['evidence/wifi.mdx', '3'],
        ['evidence/docomo-id.mdx', '4'],
      ],
    );
    assert.match(String(byPath.get('which-credential.mdx')), /\nslug: "\/"\n/);
    assert.doesNotMatch(String(byPath.get('evidence/which-credential.mdx')), /\nslug:/);
    assert.match(String(byPath.get('network-pin.mdx')), /<HowToSteps>/);
    assert.match(String(byPath.get('evidence/network-pin.mdx')), /<Steps status="passed">/);
  });

  it('warns about each how-to page that does not teach a @how-to walkthrough, naming the feature', () => {
    assert.deepEqual(warnings, []);
    const untagged = generateGuide(tinyRunNdjson.replaceAll('"name":"@how-to"', '"name":"@how-to-not"'));
    assert.deepEqual(untagged.warnings, [
      '"Change your network PIN" (features/network_pin.feature): no walkthrough is tagged @how-to, so its how-to page teaches the first that passed, "Hanako changes her network PIN". Tag its shortest passing happy path @how-to.',
      '"Your Wi-Fi credentials" (features/wifi.feature): no walkthrough is tagged @how-to, so its how-to page shows "Taro finds his Wi-Fi password" as written, marked not checked. Tag its shortest passing happy path @how-to.',
      '"Check your docomo ID" (features/docomo_id.feature): no walkthrough is tagged @how-to, so its how-to page teaches the first that passed, "Taro checks his docomo ID". Tag its shortest passing happy path @how-to.',
    ]);
  });

  it('puts the evidence pages in a sidebar category of their own, collapsed, after the guide’s pages', () => {
    assert.deepEqual(JSON.parse(String(byPath.get('evidence/_category_.json'))), {
      label: 'Evidence (every check)',
      collapsed: true,
      position: 8,
      link: null,
    });
  });

  it('moves every link and image of an evidence page one folder down', () => {
    const evidence = String(byPath.get('evidence/network-pin.mdx'));
    assert.match(evidence, /require\("\.\.\/img\/[0-9a-f]{16}\.png"\)/);
    assert.match(evidence, /\]\(\.\.\/glossary\.mdx#term-[0-9a-f]{8}\)/);
    assert.doesNotMatch(evidence, /require\("\.\/|\]\(\.\/(?!\.)/);
  });

  it('writes every image a page shows, once, and nothing it does not show', () => {
    const referenced = new Set(pages.flatMap((page) => [...String(page.contents).matchAll(/require\("\.\.?\/(img\/[^"]+)"\)/g)].map((m) => m[1])));
    const written = files.filter((f) => f.path.startsWith('img/'));
    assert.deepEqual([...referenced].sort(), written.map((f) => f.path).sort());
    for (const image of written) {
      assert.deepEqual([...(image.contents as Uint8Array).subarray(1, 4)], [0x50, 0x4e, 0x47]);
    }
  });

  it('produces pages that all compile and render as MDX', async () => {
    for (const file of pages) {
      const html = await renderMdxToHtml(String(file.contents));
      assert.ok(html.length > 0, file.path);
    }
  });

  it('links every label to a glossary entry that exists, and every glossary entry to a how-to page that exists, never to a step', () => {
    const glossary = String(byPath.get('glossary.mdx'));
    const terms = new Set([...glossary.matchAll(/<Term id="(term-[0-9a-f]+)">/g)].map((m) => m[1]));
    const linked = pages.flatMap((page) => [...String(page.contents).matchAll(/\(\.\.?\/glossary\.mdx#(term-[0-9a-f]+)\)/g)].map((m) => m[1]));
    assert.ok(linked.length > 0);
    assert.deepEqual([...new Set(linked)].sort(), [...terms].sort());
    const links = [...glossary.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 0);
    for (const link of links) {
      assert.match(link, /^\.\/[a-z0-9-]+\.mdx$/, 'a how-to page, not a step on an evidence page');
      assert.ok(byPath.has(link.slice(2)), link);
    }
  });

  it('puts the portal’s QR code on the start page, made from the run’s origin', () => {
    assert.match(
      String(byPath.get('which-credential.mdx')),
      /<PortalQrCode src=\{require\("\.\/img\/[0-9a-f]{16}\.png"\)\.default\} url="https:\/\/smt\.docomo\.ne\.jp"/,
    );
  });

  it('warns on the start page when the run itself did not finish normally', () => {
    const failedRun = tinyRunNdjson.replace(/"testRunFinished":\{/, '"testRunFinished":{"exception":{"type":"Error","message":"BeforeAll hook failed"},');
    const start = String(generateGuide(failedRun).files.find((f) => f.path === 'which-credential.mdx')?.contents);
    assert.match(start, /:::warning\[The last check did not finish normally\]\n\n```text\nBeforeAll hook failed\n```\n\n:::/);
  });

  it('writes "About this run" only when the run attached something outside the walkthroughs', () => {
    assert.equal(byPath.has('about_this_run.mdx'), false);
    const run = generateGuide(handMadeRun({ steps: [{ text: 'she logs in' }], afterAll: [{ mediaType: 'text/plain', body: 'done' }] }));
    assert.match(String(run.files.find((f) => f.path === 'about_this_run.mdx')?.contents), /Attached by the AfterAll hook: \*\*Text\*\*\n\n```text\ndone\n```/);
  });

  it('writes each file an attachment brought once, under files/, and every file a page links to', () => {
    const pdf = { mediaType: 'application/pdf', contentEncoding: 'BASE64', body: Buffer.from('%PDF-1.4').toString('base64'), fileName: 'receipt.pdf' };
    const run = generateGuide(
      handMadeRun({
        steps: [
          { text: 'she logs in', attachments: [pdf] },
          { text: 'she pays', attachments: [pdf] },
        ],
        afterAll: [pdf],
      }),
    );
    const written = run.files.filter((f) => f.path.startsWith('files/'));
    assert.deepEqual(
      written.map((f) => f.path.replace(/[0-9a-f]{16}/, 'HASH')),
      ['files/HASH-receipt.pdf'],
    );
    assert.equal(Buffer.from(written[0].contents as Uint8Array).toString('utf8'), '%PDF-1.4');
    const linked = run.files
      .filter((f) => f.path.endsWith('.mdx'))
      .flatMap((f) => [...String(f.contents).matchAll(/\]\(\.\.?\/(files\/[^)]+)\)/g)].map((m) => m[1]));
    assert.equal(linked.length, 3);
    assert.deepEqual([...new Set(linked)], [written[0].path]);
  });

  it('still writes a start page and a glossary when the stream is empty', () => {
    const empty = generateGuide('');
    assert.deepEqual(empty.warnings, ['the stream holds no cucumber messages; the guide is empty']);
    assert.deepEqual(
      empty.files.map((f) => f.path),
      ['start.mdx', 'glossary.mdx'],
    );
    assert.match(String(empty.files[1].contents), /recorded no labels yet/);
  });
});
