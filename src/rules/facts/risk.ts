import { stated } from './context.js';
import { defineFacts } from './define.js';

/** Facts about one registered risk. */
export const riskFacts = defineFacts('risk', {
  name: ['text', '风险描述', 'The risk’s description', (r) => r.description],
  responseStated: [
    'boolean',
    '已写明应对措施（非空白）',
    'A response is stated (not blank)',
    (r) => stated(r.response),
  ],
  ownerNamed: [
    'boolean',
    '已指定责任部门或责任人',
    'A responsible department or person is named',
    (r) => r.owner !== undefined,
  ],
});
