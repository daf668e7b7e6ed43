import { escapeMarkdown, jsString } from '../escape-mdx';
import { evidenceLink } from '../evidence-page';
import type { MarkExamples } from './render-how-to-steps';
import { renderSaid, renderShot } from './render-how-to-steps';
import type { TroubleEntry } from './troubleshooting';

/**
 * "If something goes wrong": one line each, its last check's status, a link to the walkthrough
 * on the evidence page, and folded away its last screen (a phone screen is 800 px tall) and, in
 * English, everything the portal said on the way.
 */
export function renderTroubleshooting(entries: readonly TroubleEntry[], slug: string, mark: MarkExamples): string {
  const items = entries.map((entry) => {
    const same = entry.sameScreenAsAbove ? ' It ends on the same screen as the case above.' : '';
    const line = `${mark(escapeMarkdown(entry.text))} <StatusBadge status=${jsString(entry.status)} /> [How it was checked](${evidenceLink(slug, entry.anchor)})${same}`;
    const blocks = [line];
    const shot = entry.shot ? [renderShot(entry.shot, "The phone's screen at the end of this check", 'screen'), ''] : [];
    const said = entry.said ? mark(renderSaid(entry.said)) : '';
    if (shot.length > 0 || said) {
      const summary = shot.length > 0 ? (said ? 'See the screen and what the portal says' : 'See the screen') : 'See what the portal says';
      blocks.push(['<details>', `<summary>${summary}</summary>`, '', ...shot, ...(said ? [said, ''] : []), '</details>'].join('\n'));
    }
    return ['<Trouble>', '', ...blocks.flatMap((block) => [block, '']), '</Trouble>'].join('\n');
  });
  return ['<Troubles>', ...items, '</Troubles>'].join('\n');
}
