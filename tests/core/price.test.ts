import { describe, expect, it } from 'vitest';
import { findPrice } from '../../src/core/evidence/price.js';

describe('findPrice', () => {
  it('reads amounts in the world\'s currencies, symbol or code, before or after the number', () => {
    for (const [text, want] of [
      ['just $2 a month', '$2'], ['2,50 € im monat', '2,50 €'], ['chf 9.– pro monat', 'chf 9.–'],
      ['200 рублей в месяц', '200 рублей'], ['199 kč měsíčně', '199 kč'], ['49 zł miesięcznie', '49 zł'],
      ['ksh 500 per month', 'ksh 500'], ['rs. 299 a year', 'rs. 299'], ['₵20 monthly', '₵20'],
      ['৳ 100', '৳ 100'], ['99 tl / ay', '99 tl'], ['aed 30 a month', 'aed 30'], ['r$ 9,90 por mês', 'r$ 9,90'],
      ['50 rand a month', '50 rand'], ['1.000 naira', '1.000 naira'], ['nt$150', '$150'],
    ] as const) expect(findPrice(text), text).toBe(want);
  });

  it('leaves numbers next to words that are not currencies alone', () => {
    for (const text of ['all 3 candidates', 'the top 10 stories', 'try 30 days of yoga', 'amd 5 series', 'they won 3 games', 'at 9 pm', 'on 12 may', '2024 elections', 'page 3 of 10'])
      expect(findPrice(text), text).toBeNull();
  });
});
