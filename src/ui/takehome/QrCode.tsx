import { useMemo } from 'react';
import { qrGrid, qrPath } from './qr.ts';

/** Four modules of white round the code, as the QR standard asks, so phones find its edges. */
const QUIET = 4;

/** A QR code of a text, drawn as crisp SVG squares (black on white, for any phone camera). */
export interface QrCodeProps {
  text: string;
  /** What a screen reader says instead of the picture. */
  label: string;
  /** Pixels along each side. */
  size: number;
  testId: string;
}

export function QrCode({ text, label, size, testId }: QrCodeProps) {
  const { path, side } = useMemo(() => {
    const grid = qrGrid(text);
    return { path: qrPath(grid, QUIET), side: grid.size + QUIET * 2 };
  }, [text]);
  return (
    <svg
      className="takehome-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
