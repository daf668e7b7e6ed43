import { mapOutsideCode } from './outside-code';
import type { RunSettings } from './guide-model';

/**
 * A setting's name as the portal spells it, in camelCase (`{networkPinMaxFailures}`), or with the
 * words to say when the run did not report it (`{passwordMinLength or a few}`). Other words in
 * braces (`{more}`) are text, left as written.
 */
const PLACEHOLDER = /\{([a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)(?:\s+or\s+([^{}]+?))?\}/g;

/** What a placeholder without words of its own says when the run reported no settings; it suits the lock counts. */
const UNREPORTED = 'too many';

/**
 * Fills a description's placeholders with the portal's settings as the run reported them, so
 * a number is stated once, where the portal keeps it, and the same everywhere. A run from before
 * the settings were reported gets the placeholder's own words (or "too many"): no number is
 * stated that the run did not report. A name the run's settings do not have is a mistake in the
 * description: it is warned about and left as written, so that it shows.
 */
export function fillSettings(markdown: string, settings: RunSettings | undefined, where: string): { markdown: string; warnings: string[] } {
  const unknown = new Set<string>();
  const unreported = new Set<string>();
  const filled = mapOutsideCode(markdown, (text) =>
    text.replace(PLACEHOLDER, (whole, name: string, words: string | undefined) => {
      if (!settings) {
        unreported.add(name);
        return words ?? UNREPORTED;
      }
      if (name in settings) return String(settings[name]);
      unknown.add(name);
      return whole;
    }),
  );
  const warnings: string[] = [];
  if (unreported.size > 0) {
    warnings.push(
      `${where}: the run reported no portal settings (run.json has no "settings"), so ${[...unreported].map((n) => `{${n}}`).join(', ')} ` +
        "stated no number. Run the spec again to state the portal's numbers.",
    );
  }
  if (unknown.size > 0) {
    warnings.push(
      `${where}: ${[...unknown].map((n) => `{${n}}`).join(', ')} is not a setting the run reported, so it is shown as written. ` +
        `Use one of: ${Object.keys(settings ?? {}).join(', ')}.`,
    );
  }
  return { markdown: filled, warnings };
}
