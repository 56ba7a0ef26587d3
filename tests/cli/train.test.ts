// `npm run train`: the labelling of candidate blocks, determinism, and the committed weights
// being exactly what the script writes from the corpus (skipped without ../shared/corpus).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSamples } from '../../src/cli/train/collect.js';
import { OPTIONAL_WEIGHT, pageSamples } from '../../src/cli/train/samples.js';
import { train, weightsModule } from '../../src/cli/train/train.js';
import type { BlockExplanation } from '../../src/core/index.js';
import { FEATURES } from '../../src/core/model/features.js';
import { CORPUS, REPO, corpusPresent } from '../core/helpers.js';
import type { LabelPage } from '../../src/cli/eval/score.js';

function block(i: number, text: string, box: [number, number], candidate = true): BlockExplanation {
  return {
    block: i, text, box, features: candidate ? FEATURES.map((_, j) => (j === i ? 1 : 0)) : [], probability: 0, threshold: 0.5,
    decision: 'below-threshold', region: null, top: [], bias: 0,
  };
}

const LABEL: LabelPage = {
  id: 'p', file: 'p.html', bodyTruth: null, paywall: false,
  appeals: [{ kind: 'donation', must: ['please support our newsroom'] }, { kind: 'paywall', must: ['never reached by a block'] }],
  optional: [{ kind: 'other', must: ['Donate'] }],
};

describe('pageSamples', () => {
  const blocks = [
    block(0, 'A story paragraph about the harbour.', [0, 1]),
    block(1, 'Readers, please support  our newsroom today.', [1, 4]),
    block(2, 'Remind me later', [1, 4]),
    block(3, 'Donate', [3, 4]),
    block(4, 'Not a candidate', [4, 5], false),
  ];
  const s = pageSamples(LABEL, 'example.org', blocks);

  it('labels the snippet block positive with its kind, whitespace collapsed', () => {
    const pos = s.samples.filter((x) => x.y === 1);
    expect(pos).toHaveLength(1);
    expect(pos[0]!.kind).toBe('donation');
    expect(pos[0]!.x[1]).toBe(1);
  });

  it('leaves out the rest of a positive box, weighs optional items lightly, skips non-candidates', () => {
    expect(s.samples.map((x) => [x.x.indexOf(1), x.y, x.w])).toEqual([[0, 0, 1], [1, 1, 1], [3, 0, OPTIONAL_WEIGHT]]);
  });

  it('names required appeals no candidate block reached', () => {
    expect(s.unreachable).toEqual(['paywall: never reached by a block']);
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
