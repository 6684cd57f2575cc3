import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE } from '../../src/case/patientCase.ts';
import {
  PROTOCOL,
  PROTOCOL_VERSION,
  envelope,
  parseCaseObject,
  parseCommand,
} from '../../src/embed/protocol.ts';

const STAGES = ['narrowed-artery', 'balloon-inflation'];
const v = { type: PROTOCOL, version: PROTOCOL_VERSION };
const parse = (data: unknown) => parseCommand(data, STAGES);

describe('parseCommand', () => {
  it('reads every command of version 1', () => {
    expect(parse({ ...v, command: 'hello' })).toEqual({ command: 'hello' });
    expect(parse({ ...v, command: 'play' })).toEqual({ command: 'play' });
    expect(parse({ ...v, command: 'pause' })).toEqual({ command: 'pause' });
    expect(parse({ ...v, command: 'seek', time: 12.5 })).toEqual({ command: 'seek', time: 12.5 });
    expect(parse({ ...v, command: 'seek', time: 0 })).toEqual({ command: 'seek', time: 0 });
    expect(parse({ ...v, command: 'seek', stage: 'balloon-inflation' })).toEqual({
      command: 'seek',
      stage: 'balloon-inflation',
    });
    expect(parse({ ...v, command: 'setLanguage', language: 'en-GB' })).toEqual({
      command: 'setLanguage',
      language: 'en-GB',
    });
    expect(parse({ ...v, command: 'setCase', case: { access: 'femoral', artery: 'rca' } })).toEqual(
      { command: 'setCase', case: { ...DEFAULT_CASE, access: 'femoral', artery: 'rca' } },
    );
  });

  it('ignores extra keys without copying them', () => {
    const command = parse({ ...v, command: 'play', extra: '<script>', nested: { a: 1 } });
    expect(command).toEqual({ command: 'play' });
  });

  it('refuses anything that is not a version 1 message object', () => {
    for (const data of [
      null,
      undefined,
      0,
      'play',
      JSON.stringify({ ...v, command: 'play' }),
      [{ ...v, command: 'play' }],
      { command: 'play' },
      { ...v, version: 2, command: 'play' },
      { ...v, version: '1', command: 'play' },
      { ...v, type: 'PCI-EXPLAINER', command: 'play' },
      new Date(),
      new Map([['command', 'play']]),
      Object.assign(Object.create({ type: PROTOCOL, version: 1 }) as object, { command: 'play' }),
    ])
      expect(parse(data), String(data)).toBeNull();
  });

  it('refuses unknown commands, including the names of Object.prototype', () => {
    for (const command of ['alert', 'eval', 'constructor', '__proto__', 'toString', 'PLAY', 1])
      expect(parse({ ...v, command })).toBeNull();
  });

  it('reads only own properties, so a polluted prototype cannot supply a field', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.time = 5;
    try {
      expect(parse({ ...v, command: 'seek' })).toBeNull();
    } finally {
      delete proto.time;
    }
    const withProtoKey = JSON.parse(
      '{"type":"pci-explainer","version":1,"command":"setCase","case":{"__proto__":{"polluted":1}}}',
    ) as unknown;
    expect(parse(withProtoKey)).toEqual({ command: 'setCase', case: DEFAULT_CASE });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses bad seeks: odd numbers, unknown or hostile stages, both or neither', () => {
    for (const time of [Number.NaN, Infinity, -Infinity, -1, 1e308, 86_401, '3', null])
      expect(parse({ ...v, command: 'seek', time }), String(time)).toBeNull();
    for (const stage of [
      'no-such-stage',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '',
      'x'.repeat(100_000),
      ['balloon-inflation'],
    ])
      expect(parse({ ...v, command: 'seek', stage })).toBeNull();
    expect(parse({ ...v, command: 'seek' })).toBeNull();
    expect(parse({ ...v, command: 'seek', time: 1, stage: 'balloon-inflation' })).toBeNull();
  });

  it('refuses languages that are not on the list', () => {
    for (const language of ['fr-FR', 'en', 'EN-GB', '', null, '<b>'])
      expect(parse({ ...v, command: 'setLanguage', language })).toBeNull();
  });
});

describe('parseCaseObject', () => {
  it('takes allowed values and fills the rest with the default', () => {
    expect(parseCaseObject({})).toEqual(DEFAULT_CASE);
    expect(
      parseCaseObject({
        variant: 'primary',
        balloonPump: true,
        pacemaker: false,
        segment: 'distal',
      }),
    ).toEqual({ ...DEFAULT_CASE, variant: 'primary', balloonPump: true, segment: 'distal' });
  });

  it('keeps extra equipment only for the emergency variant', () => {
    expect(parseCaseObject({ balloonPump: true })).toEqual(DEFAULT_CASE);
  });

  it('refuses the whole case when one value is wrong', () => {
    for (const bad of [
      { artery: 'LAD' },
      { artery: '<script>' },
      { access: 'radial', segment: 'middle' },
      { balloonPump: 'true' },
      { variant: 1 },
    ])
      expect(parseCaseObject(bad), JSON.stringify(bad)).toBeNull();
    for (const notObject of [null, 'lad', ['lad'], 1])
      expect(parseCaseObject(notObject)).toBeNull();
  });
});

describe('envelope', () => {
  it('marks events with the protocol and version', () => {
    expect(envelope({ event: 'ended' })).toEqual({
      type: 'pci-explainer',
      version: 1,
      event: 'ended',
    });
  });
});
