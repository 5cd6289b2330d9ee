import { describe, expect, it } from 'vitest';
import { dateSpans, digitRunSpans, disjoint, emailSpans, identifierSpans, initialsSpans, isNhsNumber, monthNameSpans, phoneSpans, placeSpans, type Span } from './text-patterns.js';

const found = (text: string, spans: Span[]) => disjoint(spans).map((s) => text.slice(s.start, s.end));

describe('identifier shapes in free text', () => {
  it('validates NHS numbers by their modulus-11 check digit', () => {
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('943-476-5918')).toBe(false);
    expect(isNhsNumber('0000000000')).toBe(false);
    expect(isNhsNumber('12345')).toBe(false);
    const text = 'NHS 943 476 5919, not 943 476 5918; UPN A123456789012 and temporary M45678901234A';
    expect(found(text, identifierSpans(text))).toEqual(['943 476 5919', 'A123456789012', 'M45678901234A']);
  });

  it('finds emails, plain and spelt out, without swallowing the words before them', () => {
    const text = 'write to jo.smith@example.co.uk or mum(at)example.com or jo [at] mail [dot] co [dot] uk; email me at dad.b at gmail dot com. We stayed at home. Then left.';
    expect(found(text, emailSpans(text))).toEqual(['jo.smith@example.co.uk', 'mum(at)example.com', 'jo [at] mail [dot] co [dot] uk', 'dad.b at gmail dot com']);
  });

  it('finds UK phone numbers in every usual spelling, a missing leading 0 included', () => {
    const text = 'ring 07700 900123, +44 7700 900456, +44 (0)7700 900 789, (01632) 960 002, 0044 7700 900654 or 7700900321';
    expect(found(text, phoneSpans(text)).map((p) => p.replace(/\D/g, ''))).toEqual(['07700900123', '447700900456', '4407700900789', '01632960002', '00447700900654', '7700900321']);
  });

  it('finds postcodes (any case, with or without the space), outward codes and street addresses with abbreviations', () => {
    const text = 'lives at 12 Elm Rd, CB1 2AB; then Flat 3, 21 Mill Lane (sw1a1aa), near Orchard Close in LS6';
    expect(found(text, placeSpans(text))).toEqual(['12 Elm Rd', 'CB1 2AB', 'Flat 3, 21 Mill Lane', 'sw1a1aa', 'Orchard Close', 'LS6']);
  });

  it('finds dates in the spellings people type', () => {
    for (const date of ['7-Mar-2021', '2021/03/07', '7th March', 'March 7th', '07.03.21', '7 March 2021', 'Sunday 7th of March', 'Mar 7, 2021', '2021-03-07', '07/03/2021', 'March 2021']) {
      const text = `born ${date} here`;
      expect(found(text, dateSpans(text)), date).toEqual([date]);
    }
    expect(found('her birthday is in March', monthNameSpans('her birthday is in March'))).toEqual(['March']);
  });

  it('finds runs of four or more digits whatever separates them, and leaves small counts alone', () => {
    const text = 'counted 3 blocks and 12 cars; code 4471 and 12 34 56';
    expect(found(text, digitRunSpans(text))).toEqual(['4471', '12 34 56']);
  });

  it('finds dotted initials', () => {
    const text = 'O.B. and Z. O. played with J.R.R.';
    expect(found(text, initialsSpans(text))).toEqual(['O.B.', 'Z. O.', 'J.R.R.']);
  });
});
