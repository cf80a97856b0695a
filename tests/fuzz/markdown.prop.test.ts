// escapeMarkdown on any argument: it escapes text, and throws only invalid_argument for anything else.
import fc from 'fast-check';
import { describe } from 'vitest';
import { escapeMarkdown } from '../../src/templates/render/markdown.js';
import { API_CONTRACTS } from './contracts.js';
import { field, hostile } from './hostile.js';
import { sweep } from './sweep.js';

describe('escapeMarkdown (property)', () => {
  sweep({
    name: 'escapeMarkdown',
    contract: API_CONTRACTS.escapeMarkdown!,
    args: fc.tuple(fc.oneof(field(['a | b\nc', '<script>', '']), hostile)),
    call: escapeMarkdown as never,
  });
});
