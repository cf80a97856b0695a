// The issue kernel's public helpers on any arguments: didYouMean answers every value (a word or undefined) and
// defineCatalogue builds a catalogue from anything without throwing.
import fc from 'fast-check';
import { describe } from 'vitest';
import { defineCatalogue } from '../../src/issues/catalogue.js';
import { didYouMean } from '../../src/issues/did-you-mean.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile } from './hostile.js';
import { sweep } from './sweep.js';

describe('didYouMean and defineCatalogue (property)', () => {
  sweep({
    name: 'didYouMean',
    contract: API_CONTRACTS.didYouMean!,
    args: fc.tuple(
      fc.oneof(field(['responsibilites', 'lead', '']), hostile),
      fc.oneof(field([['responsibilities', 'leader'], new Set(['a']), []]), hostile),
    ),
    call: didYouMean as never,
  });
  sweep({
    name: 'defineCatalogue',
    contract: API_CONTRACTS.defineCatalogue!,
    args: fc.tuple(fc.oneof(field([{ 'zh-CN': { a: () => '甲' }, en: { a: () => 'a' } }]), hostile)),
    call: defineCatalogue as never,
  });
});
