const encoder = new TextEncoder();

/**
 * Folds one iCalendar content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and a
 * fold never falls inside a UTF-8 sequence (a Chinese character is three octets; a character outside the BMP,
 * four), so every line decodes on its own.
 *
 * @param line - One unfolded content line.
 * @returns The folded line, CRLF-separated.
 * @example
 * ```ts
 * import { foldLine } from './fold.js';
 *
 * foldLine('DESCRIPTION:' + '里程碑'.repeat(20)).split('\r\n').length; // 3
 * ```
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Refolds an iCalendar text by octets: unfolds it (CRLF followed by a space or tab) and folds every line with
 * {@link foldLine}. Lines end in CRLF, the last one included.
 *
 * @param text - iCalendar text.
 * @returns The same content, folded at 75 octets.
 * @example
 * ```ts
 * import { refold } from './fold.js';
 *
 * refold('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'); // unchanged
 * ```
 */
export function refold(text: string): string {
  return `${text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map(foldLine)
    .join('\r\n')}\r\n`;
}
