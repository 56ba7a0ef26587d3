// The two synthetic pages of the mutation storm, written for the bench (no corpus text).
// Each exposes window.__storm.start() → Promise<result>; the bench calls it once the content
// script has finished its first scan, so only the storm itself is measured.

const ARTICLE = `
<header class="site-header"><a href="/">The Riverside Ledger</a>
  <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
<main><article class="story">
  <h1>Bridge repairs will close the east crossing for six weeks</h1>
  <p class="byline">By a staff reporter</p>
  <p>The county engineering office said on Tuesday that the east crossing will close to traffic from
  the first of the month while crews replace expansion joints that have worn faster than expected.</p>
  <p>Buses will be diverted over the north bridge, adding about ten minutes to the morning route,
  and a temporary footpath will keep pedestrians and cyclists moving along the river.</p>
  <p>Residents on the east bank asked at a public meeting whether the works could be done at night.
  The office answered that the joints must cure for several days and cannot be loaded in between.</p>
  <p>The budget for the repair was approved last spring. Officials said the cost had not changed and
  that the contractor has already delivered the steel to a yard near the old rail depot.</p>
  <div id="storm-slot"></div>
</article></main>
<footer><p>© The Riverside Ledger</p></footer>`;

/** A donation appeal in the style sites inject after load (e.g. an end-of-article epic). */
const APPEAL_SCRIPT = `
function makeAppeal() {
  const box = document.createElement('aside');
  box.className = 'support-epic';
  box.id = 'late-appeal';
  const h = document.createElement('h2');
  h.textContent = 'Before you go: will you support independent local journalism?';
  const p = document.createElement('p');
  p.textContent = 'Our reporting is funded by readers like you. Donate today, or give $5 a month, to keep the Ledger free for everyone in the valley.';
  const a = document.createElement('a');
  a.href = 'https://donorbox.org/riverside-ledger';
  a.className = 'button donate';
  a.textContent = 'Donate now';
  box.append(h, p, a);
  return box;
}
/** Resolves with the performance.now() at which a flag first covers the element. */
function watchFlag(el) {
  return new Promise((resolve) => {
    const covered = () => {
      if (el.closest('[data-appeal-spotter-flag]') && el.closest('[data-appeal-spotter-flag]') !== document.body) return true;
      return el.querySelector('[data-appeal-spotter-flag]') !== null;
    };
    if (covered()) { resolve(performance.now()); return; }
    const mo = new MutationObserver(() => { if (covered()) { mo.disconnect(); resolve(performance.now()); } });
    mo.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-appeal-spotter-flag'] });
  });
}
function runStorm({ durationMs, flagWaitMs, tickMs, tick, appealAtMs, insertAppeal }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let ticks = 0, appealAt = null, flagAt = null, flagP = null;
    const timer = setInterval(() => {
      const now = performance.now() - t0;
      if (now >= durationMs) {
        clearInterval(timer);
        // Give the content script flagWaitMs more to catch up before reading the flag time.
        const end = performance.now();
        Promise.race([flagP ?? Promise.resolve(null), new Promise((r) => setTimeout(() => r(null), flagWaitMs))])
          .then((f) => resolve({ ticks, elapsedMs: end - t0, appealAtMs: appealAt, flagDelayMs: f == null || appealAt == null ? null : f - t0 - appealAt }));
        return;
      }
      tick(ticks++);
      if (appealAt === null && now >= appealAtMs) {
        const el = makeAppeal();
        insertAppeal(el);
        appealAt = performance.now() - t0;
        flagP = watchFlag(el);
      }
    }, tickMs);
  });
}`;

/** 1,000 nodes a second: 50 comment items every 50 ms, like a live blog or comment feed. */
export function insertStormPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge repairs close east crossing</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}.feed li{border-bottom:1px solid #ddd;padding:.3rem 0}</style></head>
<body>${ARTICLE}
<section class="comments"><h2>Live reader comments</h2><ol class="feed" id="feed"></ol></section>
<script>${APPEAL_SCRIPT}
const WORDS = 'river bridge traffic bus night steel joint council crossing footpath east north budget crew cure'.split(' ');
window.__storm = { start: (durationMs = 10000, flagWaitMs = 3000) => runStorm({
  durationMs, flagWaitMs, tickMs: 50, appealAtMs: 3000,
  tick(n) {
    const feed = document.getElementById('feed');
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('li');
      li.textContent = 'Comment ' + (n * 50 + i) + ': the ' + WORDS[(n + i) % WORDS.length] + ' works seem ' + (i % 2 ? 'sensible.' : 'too slow.');
      frag.appendChild(li);
    }
    feed.appendChild(frag);
  },
  insertAppeal(el) { document.getElementById('storm-slot').appendChild(el); },
}) };
</script></body></html>`;
}

/** A carousel that swaps its slide every 50 ms (node swap + attribute changes), for 10 s. */
export function carouselStormPage() {
  const slides = Array.from({ length: 8 }, (_, i) =>
    `<figure class="slide" data-index="${i}" aria-hidden="${i ? 'true' : 'false'}"><div class="photo" style="height:180px;background:hsl(${i * 45},40%,60%)"></div><figcaption>Photo ${i + 1} of 8: work on the east crossing, day ${i + 1}.</figcaption></figure>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge repairs: in pictures</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:auto}.carousel{position:relative;overflow:hidden}.slide[aria-hidden=true]{display:none}</style></head>
<body>${ARTICLE}
<div class="carousel" id="carousel" role="region" aria-roledescription="carousel"><div class="track" id="track">${slides}</div>
<button class="prev" aria-label="Previous">‹</button><button class="next" aria-label="Next">›</button>
<ol class="dots">${Array.from({ length: 8 }, (_, i) => `<li class="dot${i ? '' : ' active'}"></li>`).join('')}</ol></div>
<script>${APPEAL_SCRIPT}
const track = document.getElementById('track');
const pool = Array.from(track.children);
window.__storm = { start: (durationMs = 10000, flagWaitMs = 3000) => runStorm({
  durationMs, flagWaitMs, tickMs: 50, appealAtMs: 3000,
  tick(n) {
    // Rotate: the first slide leaves, the next shows, attributes and classes flip like real sliders do.
    const first = track.firstElementChild;
    first.setAttribute('aria-hidden', 'true');
    track.appendChild(first);
    track.firstElementChild.setAttribute('aria-hidden', 'false');
    track.style.transform = 'translateX(' + (-(n % 8) * 2) + 'px)';
    document.querySelectorAll('.dot').forEach((d, i) => d.classList.toggle('active', i === (n + 1) % 8));
  },
  insertAppeal(el) { document.getElementById('storm-slot').appendChild(el); },
}) };
</script></body></html>`;
}
