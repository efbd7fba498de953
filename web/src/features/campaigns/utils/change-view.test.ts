import { describe, expect, it } from 'vitest';
import { type ChangeNames, valueText } from './change-view.ts';

const names: ChangeNames = {
  lists: new Map([[7, 'Web leads']]),
  scripts: new Map([[4, 'Solar — autumn']]),
  forms: new Map(),
  meetingTypes: new Map([[2, 'Home visit']]),
  setters: new Map([[11, 'Sam Setter']]),
};

describe('valueText', () => {
  it('names scripts, lists and setters instead of showing their ids', () => {
    expect(valueText('scriptId', 4, names)).toEqual({ kind: 'text', text: 'Solar — autumn' });
    expect(valueText('listIds', [7, 9], names)).toEqual({ kind: 'text', text: 'Web leads, #9' });
    expect(valueText('setterIds', [11], names)).toEqual({ kind: 'text', text: 'Sam Setter' });
  });

  it('reads no setters as everyone of the client and a cleared form as none', () => {
    expect(valueText('setterIds', [], names)).toEqual({ kind: 'everyone' });
    expect(valueText('qualificationFormId', null, names)).toEqual({ kind: 'none' });
  });

  it('shows the calling window by its hours, and richer rules only as changed', () => {
    expect(valueText('callingWindow', { startLocal: '09:00', endLocal: '20:00', days: [1] }, names)).toEqual({
      kind: 'window',
      start: '09:00',
      end: '20:00',
    });
    expect(valueText('retryPolicy', { maxAttemptsTotal: 3 }, names)).toEqual({ kind: 'changed' });
  });
});
