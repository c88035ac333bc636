import { describe, expect, it } from 'vitest';
import { FirstSeen } from '../../src/util/first-seen.js';

describe('FirstSeen', () => {
  it('numbers citation keys in order of first citation, each once', () => {
    const keys = new FirstSeen<string>();
    const cited = ['marx1867', 'weber1905', 'marx1867', 'durkheim1893', 'weber1905'];
    expect(cited.map((k) => keys.of(k))).toEqual([0, 1, 0, 2, 1]);
    expect(keys.items).toEqual(['marx1867', 'weber1905', 'durkheim1893']);
    expect(keys.has('durkheim1893')).toBe(true);
    expect(keys.has('simmel1900')).toBe(false);
  });

  it('stores what `keep` makes of a value met the first time, and finds it again by the value', () => {
    const places = new FirstSeen<string>((s) => s.trim());
    expect(places.of(' 第2页注① ')).toBe(0);
    expect(places.of(' 第2页注① ')).toBe(0);
    expect(places.of('note ① on p. 2')).toBe(1);
    expect(places.items).toEqual(['第2页注①', 'note ① on p. 2']);
  });
});
