import { describe, expect, it } from 'vitest';
import { weekdayRecogniser } from '../../../src/analysis/deadlines/weekday.js';
import { recognise } from './recognise.js';

// 2026-09-01 is a Tuesday.
const reference = '2026-09-01';

describe('weekdayRecogniser', () => {
  it.each([
    ['本周五前提交方案', '本', '本周五', '2026-09-04'],
    ['下周一前完成评审', '下', '下周一', '2026-09-14'],
    ['周二前完成', '周', '周二', '2026-09-01'],
    ['Send the deck by Friday', 'Friday', 'Friday', '2026-09-04'],
    ['Send the deck next Monday', 'next', 'next Monday', '2026-09-14'],
  ])('%s → %s (%s)', (statement, at, text, date) => {
    expect(recognise(weekdayRecogniser, statement, at, { reference })).toEqual({
      text,
      form: 'relative',
      date,
    });
  });

  it('rejects a weekday that is no deadline', () => {
    expect(recognise(weekdayRecogniser, 'Friday meetings run long', 'Friday', { reference })).toBeUndefined();
    expect(recognise(weekdayRecogniser, '周五开会', '周', { reference })).toBeUndefined();
  });
});
