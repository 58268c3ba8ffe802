import type { KeyNumber } from '../knowledge/key-numbers.ts';

const SIZES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];
const BYTES: readonly [number, string][] = [
  [1e15, ' PB'],
  [1e12, ' TB'],
  [1e9, ' GB'],
];

/** A plain number as people write it: no float noise ("1.1", not "1.1000000000000001"). */
const plain = (value: number): string => String(Number(value.toPrecision(12)));

/** 7e9 → "7B", 180000 → "180k", 1.1e12 bytes → "1.1 TB". */
function size(value: number, units: readonly [number, string][]): string {
  const [step, suffix] = units.find(([step]) => value >= step) ?? [1, ''];
  return `${plain(value / step)}${suffix}`;
}

/** The number itself, with its range and unit: "2.33×", "3–4×", "1.78", "+25%", "7B", "180k". */
export function keyNumberFigure(number: KeyNumber): string {
  const range = (value: number): string => (number.upper === undefined ? plain(value) : `${plain(value)}–${plain(number.upper)}`);
  switch (number.kind) {
    case 'speedup':
      return `${range(number.value)}×`;
    case 'metric':
      return number.unit.startsWith('%') ? `${range(number.value)}%` : range(number.value);
    case 'improvement':
      return number.unit === '%' ? `+${range(number.value)}%` : `+${range(number.value)} points`;
    case 'scale':
      return number.unit === 'bytes' ? size(number.value, BYTES) : size(number.value, SIZES);
  }
}

/**
 * A key number as one short phrase for lists and charts: "2.33× speed-up",
 * "up to 3.5× speed-up", "FID 1.78", "accuracy 85.3%", "at least +10 points",
 * "7B parameters", "180k hours", "1.1 TB of data". What it is compared with
 * is not part of it (see `number.compared`).
 */
export function keyNumberText(number: KeyNumber): string {
  const bound = number.bound ? `${number.bound} ` : '';
  const figure = keyNumberFigure(number);
  switch (number.kind) {
    case 'speedup':
      return `${bound}${figure} speed-up`;
    case 'metric':
      return `${number.unit.replace(/^% /, '')} ${bound}${figure}`;
    case 'improvement':
      return `${bound}${figure} improvement`;
    case 'scale':
      return `${bound}${figure} ${number.unit === 'bytes' ? 'of data' : number.unit}`;
  }
}
