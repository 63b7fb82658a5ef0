import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  code,
  escapeMarkdown,
  escapeTableCell,
  sizeOf,
  trimMarkdown,
  trimMarkdownDetailed,
  trimNote,
} from '../../src/report/markdown.js';

/**
 * Any text, one code point at a time, as `fc.string({ unit: 'binary' })` draws it: ASCII (controls
 * and every Markdown special), the BMP (C1 controls, bidi overrides, lone surrogates) and astral
 * planes. Built from integers because fast-check's own binary unit costs ~2 CPU-s on first use.
 */
const anyText = (maxLength: number) =>
  fc
    .array(
      fc
        .oneof(
          fc.integer({ min: 0, max: 0x7f }),
          fc.integer({ min: 0, max: 0xffff }),
          fc.integer({ min: 0, max: 0x10ffff }),
        )
        .map((c) => String.fromCodePoint(c)),
      { maxLength },
    )
    .map((units) => units.join(''));

describe('escapeMarkdown', () => {
  it('turns HTML into text, so a value cannot close our <details> or run script', () => {
    const out = escapeMarkdown('</details><img src=x onerror="alert(1)">');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;/details&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert\\(1\\)&quot;&gt;');
  });

  it('keeps & literal instead of letting it form an entity', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('backslash-escapes every inline Markdown character', () => {
    expect(escapeMarkdown('a*b_c`d[e](f)#g|h~i\\j!k')).toBe(
      'a\\*b\\_c\\`d\\[e\\]\\(f\\)\\#g\\|h\\~i\\\\j\\!k',
    );
  });

  it('neutralises links and images', () => {
    const out = escapeMarkdown('[click](https://evil.example) ![x](https://evil.example/p.png)');
    expect(out).not.toMatch(/(?<!\\)\[/);
    expect(out).not.toMatch(/(?<!\\)\(/);
  });

  it('stops @mentions and team mentions from notifying anyone', () => {
    const out = escapeMarkdown('ping @octocat and @acme/ops, mail me@example.com');
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).toContain('@&#8203;octocat');
    expect(out).toContain('@&#8203;acme/ops');
  });

  it('escapes block markers at the start of lines but keeps the lines', () => {
    expect(escapeMarkdown('- item\n+ item\n1. first\n  2) second\n===\nplain - text')).toBe(
      '\\- item\n\\+ item\n1\\. first\n  2\\) second\n\\===\nplain - text',
    );
  });

  it('drops control characters and bidi overrides that disguise text', () => {
    expect(escapeMarkdown('safe\u202Eexe.txt\u0000\u001B[31m')).toBe('safeexe.txt\\[31m');
  });

  it('leaves harmless text readable', () => {
    expect(escapeMarkdown('arn:aws:ec2:eu-west-1:123456789012:volume/vol-1')).toBe(
      'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
    );
  });

  it('never lets an unescaped special character through (property)', () => {
    fc.assert(
      fc.property(anyText(200), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[<>]/);
        // Every special character is preceded by an odd number of backslashes, except the `#` of the
        // zero-width space the escape itself puts after an @ (a character reference, not a heading;
        // the input's own `&` and `#` come out as `&amp;` and `\#`, so only the escape writes it).
        const checked = out.replaceAll('@&#8203;', '@');
        for (const m of checked.matchAll(/(\\*)([`*_[\]()#|~!])/g)) expect(m[1]!.length % 2).toBe(1);
        expect(out).not.toMatch(/@[A-Za-z0-9]/);
      }),
    );
  });
});

describe('escapeTableCell', () => {
  it('keeps a | in a value from splitting the cell and joins lines with <br>', () => {
    expect(escapeTableCell('a|b\nc\r\n\r\nd')).toBe('a\\|b<br>c<br>d');
  });

  it('cannot produce a raw newline (which would end the table row)', () => {
    fc.assert(
      fc.property(anyText(100), (s) => {
        expect(escapeTableCell(s)).not.toMatch(/[\r\n]/);
      }),
    );
  });
});

describe('code', () => {
  it('wraps plain text in single backticks', () => {
    expect(code('vol-1')).toBe('`vol-1`');
  });

  it('uses a longer fence than any backtick run inside', () => {
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('x ``` y')).toBe('````x ``` y````');
  });

  it('pads when the text starts or ends with a backtick', () => {
    expect(code('`tick')).toBe('`` `tick ``');
  });

  it('escapes | only in table cells and flattens newlines', () => {
    expect(code('a|b\nc', { tableCell: true })).toBe('`a\\|b c`');
    expect(code('a|b')).toBe('`a|b`');
  });

  it('shows an all-space text as is (CommonMark strips nothing there; fast-check seed 443197975)', () => {
    expect(code('  ')).toBe('`  `');
    expect(code(' ')).toBe('` `');
  });

  it('round-trips: stripping the fence and padding gives the text back (property)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 50 })
          .filter((s) => s !== '' && [...s].every((c) => c >= ' ' && c !== '\u007F')),
        (s) => {
          const out = code(s);
          const fence = /^`+/.exec(out)![0];
          expect(out.endsWith(fence)).toBe(true);
          let inner = out.slice(fence.length, out.length - fence.length);
          // CommonMark strips one space from each side when both are spaces and the content is not all spaces.
          if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
          expect(inner).toBe(s);
          expect(inner.includes(fence)).toBe(false);
        },
      ),
    );
  });
});

describe('trimMarkdown', () => {
  const lines = (n: number, text = 'line') => Array.from({ length: n }, (_, i) => `${text} ${i}`).join('\n');

  it('returns short text unchanged', () => {
    expect(trimMarkdownDetailed('short', 100)).toEqual({
      markdown: 'short',
      trimmed: false,
      trimmedLines: 0,
    });
  });

  it('cuts at a line boundary under the byte limit and says how many lines went', () => {
    const text = lines(1000);
    const out = trimMarkdownDetailed(text, 2000, trimNote('report.json'));
    expect(out.trimmed).toBe(true);
    expect(sizeOf(out.markdown, 'bytes')).toBeLessThanOrEqual(2000);
    const body = out.markdown.split('\n');
    const note = body.at(-2)!;
    expect(note).toBe(`_… ${out.trimmedLines} more lines trimmed; the full report is in report.json._`);
    // Every kept line is a whole original line, in order.
    const kept = body.slice(0, -3);
    expect(kept).toEqual(text.split('\n').slice(0, kept.length));
    expect(kept.length + out.trimmedLines).toBe(1000);
  });

  it('counts bytes of multi-byte characters, not UTF-16 units', () => {
    const text = lines(200, '€€€€ 🦆'); // € is 3 bytes, 🦆 is 4 bytes (2 UTF-16 units)
    const out = trimMarkdown(text, 1000, 'trimmed');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out.length).toBeLessThan(1000); // would have fit 1000 units; bytes are the stricter limit
    expect(out).not.toContain('\uFFFD');
  });

  it('in character mode counts characters (for comment and issue bodies)', () => {
    const text = 'é'.repeat(100) + '\n' + 'é'.repeat(100);
    expect(trimMarkdown(text, 150, 'cut', 'chars')).toBe('é'.repeat(100) + '\n\ncut\n');
    expect(trimMarkdown(text, 250, 'cut', 'chars')).toBe(text);
  });

  it('closes an open code fence and <details> so the note is visible', () => {
    const text = [
      '<details><summary>all</summary>',
      '',
      '```',
      ...lines(100).split('\n'),
      '```',
      '</details>',
    ].join('\n');
    const out = trimMarkdown(text, 400, 'NOTE');
    expect(out).toMatch(/```\n<\/details>\n\nNOTE\n$/);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(400);
  });

  it('stays within any limit for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (s, max) => {
          const out = trimMarkdown(s, max, trimNote('x.json'));
          expect(Buffer.byteLength(out)).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
