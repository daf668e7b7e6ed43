import { escapeMarkdown, jsString } from '../escapeMdx';
import { evidenceLink } from '../evidencePage';
import type { MarkExamples } from './renderHowToSteps';
import { renderShot } from './renderHowToSteps';
import type { TroubleEntry } from './troubleshooting';

/**
 * "If something goes wrong": one line each, its last check's status, a link to the walkthrough
 * on the evidence page, and its last screen folded away (a phone screen is 800 px tall).
 */
export function renderTroubleshooting(entries: readonly TroubleEntry[], slug: string, mark: MarkExamples): string {
  const items = entries.map((entry) => {
    const line = `${mark(escapeMarkdown(entry.text))} <StatusBadge status=${jsString(entry.status)} /> [How it was checked](${evidenceLink(slug, entry.anchor)})`;
    const blocks = [line];
    if (entry.shot) {
      const shot = renderShot(entry.shot, "The phone's screen at the end of this check", 'screen');
      blocks.push(['<details>', '<summary>See the screen</summary>', '', shot, '', '</details>'].join('\n'));
    }
    return ['<Trouble>', '', ...blocks.flatMap((block) => [block, '']), '</Trouble>'].join('\n');
  });
  return ['<Troubles>', ...items, '</Troubles>'].join('\n');
}
