import type { RuleDefinition } from '../types.js';

/**
 * plan.channels: the communication plan names a channel.
 *
 * @example
 * ```ts
 * planChannels.id; // 'plan.channels'
 * ```
 */
export const planChannels: RuleDefinition = {
  id: 'plan.channels',
  scope: 'collaboration',
  severity: 'warning',
  phase: 'planning',
  params: {},
  conditions: { all: [{ fact: 'channelCount', operator: 'equal', value: 0 }] },
  path: '/communication/channels',
  message: {
    'zh-CN': '沟通计划没有指定沟通形式（线下会议、线上会议或共享文档）',
    en: 'The communication plan names no channel (in person, online or shared documents)',
  },
  description: { 'zh-CN': '沟通计划写明沟通形式', en: 'The communication plan names its channels' },
};
