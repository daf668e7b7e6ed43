/**
 * Making text from a feature file or a run safe inside MDX. Step text and names are plain text:
 * every character Markdown, MDX (`{`, `<`) or Docusaurus's directives (`:`) would act on is
 * backslash-escaped, which CommonMark allows for any ASCII punctuation. Descriptions are
 * Markdown on purpose, so only what MDX alone would misread is escaped there.
 */

// `:` only before a letter (a text directive's name) and `&` only before what could be an
// entity: everywhere else they are plain, and "10:30" reads better unescaped in the source.
const PLAIN_TEXT_SPECIALS = /[\\`*_[\]{}<>|~#]|:(?=[A-Za-z])|&(?=[#A-Za-z])/g;

// GFM links every email address it finds in text, after escapes are resolved, so no escape stops
// it; a docomo ID that is an address is shown as code instead (it is typed, not mailed).
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Plain text for inline Markdown (a list item, a heading, a table cell). */
export function escapeText(text: string): string {
  const oneLine = text.replace(/\s*\r?\n\s*/g, ' ');
  let escaped = '';
  let from = 0;
  for (const match of oneLine.matchAll(EMAIL)) {
    escaped += escapePlain(oneLine.slice(from, match.index)) + `\`${match[0]}\``;
    from = match.index + match[0].length;
  }
  return escaped + escapePlain(oneLine.slice(from));
}

function escapePlain(text: string): string {
  return text.replace(PLAIN_TEXT_SPECIALS, (c) => `\\${c}`);
}

/** A JavaScript string literal that can sit inside a JSX attribute expression in MDX. */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(/[{}<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A YAML front matter scalar (JSON strings are valid YAML). */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Terminal colour codes, which Playwright's assertion messages are full of. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '');
}

/** A fenced code block whose fence is longer than any run of backticks in the content. */
export function codeBlock(content: string, language = 'text'): string {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const info = /^[\w+-]+$/.test(language) ? language : 'text';
  return `${fence}${info}\n${content.replace(/\n+$/, '')}\n${fence}`;
}

/** Removes the indentation a Gherkin description shares (it would otherwise be a code block). */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines
    .map((line) => line.slice(common).trimEnd())
    .join('\n')
    .trim();
}

/**
 * A Gherkin description as MDX: Markdown stays Markdown, but `{`, `}` and `<` (which MDX reads
 * as expressions and JSX) are escaped outside code. `<https://…>` autolinks, which MDX rejects,
 * become ordinary links, and a line starting with `import`/`export` is kept from being read as
 * an ES module statement.
 */
export function escapeMarkdown(description: string): string {
  const lines = dedent(description).split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
        return line;
      }
      if (fenceMatch) {
        fence = fenceMatch[1];
        return line;
      }
      return escapeLine(line);
    })
    .join('\n');
}

function escapeLine(line: string): string {
  const esm = /^(\s*)(import|export)\b/.exec(line);
  const start = esm ? `${esm[1]}&#x${esm[2].charCodeAt(0).toString(16)};${line.slice(esm[0].length - esm[2].length + 1)}` : line;
  // Split off inline code spans, which MDX leaves alone.
  return start
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/<((?:https?|mailto):[^\s<>]+)>/g, (_, url: string) => `[${url}](${url})`).replace(/(?<!\\)[{}<]/g, (c) => `\\${c}`),
    )
    .join('');
}

const LINKED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * A URL from a run as a Markdown link destination, or undefined for one a reader should not be
 * sent to by a click (not a URL, or a scheme such as `javascript:` or `file:`). Characters that
 * Markdown or MDX would read (spaces, parentheses, braces, backticks) are percent-encoded, and `&`
 * is escaped so that `&copy` stays a query parameter rather than an entity.
 */
export function linkDestination(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!LINKED_SCHEMES.has(parsed.protocol)) return undefined;
  return url
    .trim()
    .replace(/[^A-Za-z0-9\-._~:/?#@!$'*+,;=%&[\]]/gu, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`))
    .replace(/&/g, '\\&');
}
