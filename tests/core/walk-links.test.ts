// Where a block's controls and linked images go is read as its links: a donate form's action, a
// payment badge. Text-less blocks hand their links to the text block beside them in the widget.
import { describe, expect, it } from 'vitest';
import { walk, type PageModel } from '../../src/core/blocks.js';
import { Budget } from '../../src/core/budget.js';
import { documentRoot, domAccess } from '../../src/core/dom.js';
import { page } from './helpers.js';

function modelOf(body: string): PageModel {
  const doc = page(body);
  const root = documentRoot(doc)!;
  return walk(doc, domAccess(doc, root), root, Budget.from({}), {});
}

function blockWith(m: PageModel, text: string) {
  const b = m.blocks.find((x) => x.text.includes(text));
  expect(b, text).toBeDefined();
  return b!;
}

const ids = (m: PageModel, text: string): string[] => blockWith(m, text).linkHits.map((h) => h.signal.id);

describe('links of controls and images', () => {
  it("a donate form's action goes to the paragraph before it in the widget", () => {
    const m = modelOf(`<aside><div class="w"><p>Leave a small tip for the hosting.</p>
      <form action="https://www.paypal.com/donate" method="post"><input type="hidden" name="hosted_button_id" value="X1">
      <input type="image" src="btn.gif" alt="Donate with PayPal"></form></div></aside>`);
    expect(ids(m, 'Leave a small tip')).toContain('link.paypal-donate');
    // The input's alt and value are no visible text (POLICY): no block of its own.
    expect(m.blocks.some((b) => b.text.includes('Donate with PayPal'))).toBe(false);
  });

  it('with no text before it in the widget, the next text block takes the link', () => {
    const m = modelOf(`<p>An article paragraph.</p><section><form action="https://donate.stripe.com/abc"><button type="submit"></button></form>
      <p>Every coffee counts.</p></section>`);
    expect(ids(m, 'Every coffee counts')).toContain('link.donation-host');
    expect(ids(m, 'An article paragraph')).toEqual([]);
  });

  it('a search form or a plain submit without a money target adds nothing', () => {
    const m = modelOf(`<div><p>Find a walk.</p><form action="https://example.org/"><input type="search" name="s"><input type="submit" value="Search"></form></div>`);
    expect(blockWith(m, 'Find a walk').links).toEqual([]);
  });

  it('a linked payment badge counts; a linked image to the site itself does not', () => {
    const m = modelOf(`<div><p>Like these notes?</p><p><a href="https://ko-fi.com/hillpaths"><img src="kofi.png" alt="Buy me a coffee"></a></p></div>
      <div><p>Our print edition.</p><p><a href="/subscribe"><img src="cover.jpg" alt=""></a></p></div>`);
    expect(ids(m, 'Like these notes')).toContain('link.donation-host');
    expect(blockWith(m, 'Our print edition').links).toEqual([]);
  });

  it('hidden inputs are not submit buttons', () => {
    const m = modelOf(`<div><p>Thanks for reading.</p><form action="https://www.paypal.com/donate"><input type="hidden" name="a" value="b"></form></div>`);
    expect(ids(m, 'Thanks for reading')).toEqual([]);
  });
});
