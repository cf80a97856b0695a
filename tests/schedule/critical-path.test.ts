import { describe, expect, it } from 'vitest';
import { forecastMilestones, scheduleMilestones } from '../../src/schedule/critical-path.js';
import { example, exampleInput, parsed } from '../fixtures/example.js';

describe('scheduleMilestones on the worked example', () => {
  const s = scheduleMilestones(example());

  it('finds the critical path beta → cs-training → launch', () => {
    expect(s.criticalPath).toEqual(['beta', 'cs-training', 'launch']);
    expect(s.finish).toBe('2026-11-30');
  });

  it('derives durations from due dates and computes float', () => {
    const byId = Object.fromEntries(s.milestones.map((m) => [m.id, m]));
    expect(byId.beta).toMatchObject({
      durationDays: 29,
      earliestFinish: '2026-09-30',
      totalFloat: 0,
      critical: true,
    });
    expect(byId['promo-plan']).toMatchObject({ durationDays: 16, totalFloat: 30, critical: false });
    expect(byId.distribution).toMatchObject({ due: '2026-10-15', durationDays: 15, totalFloat: 31 });
    expect(byId['cs-training']).toMatchObject({
      durationDays: 46,
      latestFinish: '2026-11-15',
      critical: true,
    });
    expect(byId.launch).toMatchObject({ durationDays: 15, earliestStart: '2026-11-15', critical: true });
  });

  it('honours durationDays and never makes durations negative', () => {
    const input = exampleInput();
    input.milestones[1].durationDays = 50; // promo-plan now finishes after cs-training
    input.milestones[2].due = '2026-09-15'; // before its prerequisite: duration clamps to 0
    const sched = scheduleMilestones(parsed(input));
    const byId = Object.fromEntries(sched.milestones.map((m) => [m.id, m]));
    expect(byId['promo-plan']?.durationDays).toBe(50);
    expect(byId.distribution?.durationDays).toBe(0);
    expect(sched.criticalPath).toEqual(['beta', 'promo-plan', 'launch']);
  });

  it('reports a cycle and schedules the rest', () => {
    const input = exampleInput();
    input.milestones[0].dependsOn = ['launch'];
    const sched = scheduleMilestones(parsed(input));
    expect(sched.cycle).toBeDefined();
    expect(sched.milestones).toEqual([]);
  });
});

describe('forecastMilestones', () => {
  it('forecasts the example at 2026-11-26 with no slip on open milestones', () => {
    const f = forecastMilestones(example(), '2026-11-26');
    expect(f.find((m) => m.id === 'launch')).toMatchObject({
      forecastFinish: '2026-11-30',
      slipDays: 0,
      done: false,
    });
    expect(f.find((m) => m.id === 'distribution')).toMatchObject({
      forecastFinish: '2026-10-23',
      slipDays: 8,
      done: true,
    });
  });

  it('pushes successors when a prerequisite slips, and never forecasts before now', () => {
    const input = exampleInput();
    input.milestones[3].status = 'in-progress';
    delete input.milestones[3].completedOn;
    const f = forecastMilestones(parsed(input), '2026-11-26');
    expect(f.find((m) => m.id === 'cs-training')).toMatchObject({
      forecastFinish: '2026-11-26',
      slipDays: 11,
    });
    expect(f.find((m) => m.id === 'launch')).toMatchObject({ forecastFinish: '2026-12-11', slipDays: 11 });
  });
});

describe('incident impact in the forecast', () => {
  const withIncidents = (incidents: unknown[]) => {
    const input = exampleInput();
    input.incidents = incidents;
    return parsed(input);
  };
  const outage = {
    id: 'outage',
    description: '渠道系统故障',
    occurredOn: '2026-11-20',
    temporaryOwner: 'sun',
    impact: { summary: '上市推迟一周', scheduleDays: 7 },
    affects: ['launch'],
    status: 'open',
  };

  it('delays an affected open milestone by the incident’s schedule days', () => {
    const launch = forecastMilestones(withIncidents([outage]), '2026-11-26').find((f) => f.id === 'launch');
    expect(launch).toEqual({
      id: 'launch',
      due: '2026-11-30',
      forecastFinish: '2026-12-07',
      slipDays: 7,
      done: false,
      incidentDelayDays: 7,
      incidents: ['outage'],
    });
  });

  it('adds up several incidents on one milestone, and ignores closed ones and done milestones', () => {
    const c = withIncidents([
      outage,
      { ...outage, id: 'flood', status: 'contained', impact: { summary: '仓库进水', scheduleDays: 3 } },
      { ...outage, id: 'old', status: 'closed' },
      {
        ...outage,
        id: 'beta-bug',
        affects: ['beta', 'launch', 'launch'],
        impact: { summary: 'x', scheduleDays: 2 },
      },
    ]);
    const forecast = forecastMilestones(c, '2026-11-26');
    expect(forecast.find((f) => f.id === 'launch')).toMatchObject({
      forecastFinish: '2026-12-12',
      slipDays: 12,
      incidentDelayDays: 12,
      incidents: ['outage', 'flood', 'beta-bug'],
    });
    expect(forecast.find((f) => f.id === 'beta')).not.toHaveProperty('incidentDelayDays');
  });

  it('lets the delay flow to successors', () => {
    const input = exampleInput();
    input.milestones[3].status = 'in-progress';
    delete input.milestones[3].completedOn;
    input.incidents = [{ ...outage, affects: ['cs-training'] }];
    const forecast = forecastMilestones(parsed(input), '2026-11-10');
    const training = forecast.find((f) => f.id === 'cs-training')!;
    expect(training.forecastFinish).toBe('2026-11-22');
    const launch = forecast.find((f) => f.id === 'launch')!;
    // launch takes 15 days after its last prerequisite: 2026-11-22 + 15 days.
    expect(launch.forecastFinish).toBe('2026-12-07');
    expect(launch).not.toHaveProperty('incidents');
  });
});
