/**
 * Applies `change` to the Markdown outside code: fenced blocks and inline code spans are kept
 * as written, so an example of a link or a `{placeholder}` shown as code stays an example.
 */
export function mapOutsideCode(markdown: string, change: (text: string) => string): string {
  const fenced = fencedLines(markdown);
  return markdown
    .split('\n')
    .map((line, i) =>
      fenced[i]
        ? line
        : line
            .split(/(`+[^`]*`+)/)
            .map((part, j) => (j % 2 === 1 ? part : change(part)))
            .join(''),
    )
    .join('\n');
}

/** For each line, whether it belongs to a fenced code block (its fences included). */
export function fencedLines(markdown: string): boolean[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      return true;
    }
    if (fenceMatch) fence = fenceMatch[1];
    return fenceMatch !== null;
  });
}
