import qrcode from 'qrcode-generator';

/** A QR code as its grid of dark modules, with the module count along each side. */
export interface QrGrid {
  size: number;
  dark: (row: number, col: number) => boolean;
}

/**
 * The QR code for a text, made on this device (nothing is sent to a QR service). Error
 * correction "M" keeps it readable from a tablet screen with glare, at a modest size.
 */
export function qrGrid(text: string): QrGrid {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), dark: (r, c) => qr.isDark(r, c) };
}

/** An SVG path drawing every dark module as a 1-unit square, offset by a quiet zone. */
export function qrPath(grid: QrGrid, quiet: number): string {
  const parts: string[] = [];
  for (let r = 0; r < grid.size; r++)
    for (let c = 0; c < grid.size; c++)
      if (grid.dark(r, c)) parts.push(`M${c + quiet} ${r + quiet}h1v1h-1z`);
  return parts.join('');
}
