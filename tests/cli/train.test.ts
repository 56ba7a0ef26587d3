// `npm run train`: the labelling of candidate blocks, determinism, and the committed weights
// being exactly what the script writes from the corpus (skipped without ../shared/corpus).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSamples } from '../../src/cli/train/collect.js';
import { OPTIONAL_WEIGHT, pageSamples } from '../../src/cli/train/samples.js';
import { train, weightsModule } from '../../src/cli/train/train.js';
import type { CandidateExplanation } from '../../src/core/index.js';
import { FEATURES } from '../../src/core/model/features.js';
import { CORPUS, REPO, corpusPresent } from '../core/helpers.js';
import type { LabelPage } from '../../src/cli/eval/score.js';

function candidate(i: number, text: string): CandidateExplanation {
  return {
    start: i, end: i + 1, text, features: FEATURES.map((_, j) => (j === i ? 1 : 0)), probability: 0, threshold: 0.5,
    decision: 'below-threshold', appeal: null, top: [], bias: 0,
  };
}

const LABEL: LabelPage = {
  id: 'p', file: 'p.html', bodyTruth: null, paywall: false,
  appeals: [{ kind: 'donation', must: ['please support our newsroom'] }, { kind: 'paywall', must: ['never reached by a region'] }],
  optional: [{ kind: 'other', must: ['Donate'] }],
};

describe('pageSamples', () => {
  const s = pageSamples(LABEL, 'example.org', [
    candidate(0, 'A story paragraph about the harbour.'),
    candidate(1, 'Readers,\nplease support  our newsroom today.\nRemind me later'),
    candidate(2, 'Donate'),
  ]);

  it('labels a region holding a required snippet positive with its kind, whitespace and lines collapsed', () => {
    const pos = s.samples.filter((x) => x.y === 1);
    expect(pos).toHaveLength(1);
    expect(pos[0]!.kind).toBe('donation');
    expect(pos[0]!.x[1]).toBe(1);
  });

  it('weighs optional items lightly and every other region as a full negative', () => {
    expect(s.samples.map((x) => [x.x.indexOf(1), x.y, x.w])).toEqual([[0, 0, 1], [1, 1, 1], [2, 0, OPTIONAL_WEIGHT]]);
  });

  it('names required appeals no candidate region reached', () => {
    expect(s.unreachable).toEqual(['paywall: never reached by a region']);
  });
});

describe.skipIf(!corpusPresent)('npm run train on the corpus', () => {
  it('writes exactly the committed weights, and the same twice', async () => {
    const c = await collectSamples(CORPUS);
    const samples = c.pages.flatMap((p) => p.samples);
    const a = weightsModule(train(samples));
    expect(weightsModule(train(samples))).toBe(a);
    expect(a).toBe(readFileSync(resolve(REPO, 'src/core/model/weights.ts'), 'utf8'));
  }, 900_000);
});
