/** Simple, bold icons drawn inline (no icon font to download). Decorative: buttons carry text. */
const common = {
  width: 24,
  height: 24,
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: false,
} as const;

/** A line icon: one path of round-ended strokes, the turn, zoom, full screen and panels icons. */
export const StrokeIcon = ({ d }: { d: string }) => (
  <svg {...common}>
    <path
      d={d}
      fill="none"
      stroke="currentColor"
      strokeWidth="2.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

/** Full screen: corners pointing out; leaving it: corners pointing in. */
export const FullscreenIcon = ({ on }: { on: boolean }) => (
  <StrokeIcon
    d={on ? 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5' : 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5'}
  />
);

/** The panels (steps and settings) on a phone. */
export const PanelsIcon = () => <StrokeIcon d="M4 6h16M4 12h16M4 18h16" />;

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M7 4.5v15l13-7.5z" fill="currentColor" />
  </svg>
);
export const PauseIcon = () => (
  <svg {...common}>
    <path d="M6 4.5h4v15H6zM14 4.5h4v15h-4z" fill="currentColor" />
  </svg>
);
// Back and next point the way the reading goes: mirrored in right-to-left pages (styles.css).
export const PreviousIcon = () => (
  <svg {...common} className="icon--directional">
    <path d="M5 4.5h3v15H5zM20 4.5v15L9 12z" fill="currentColor" />
  </svg>
);
export const NextIcon = () => (
  <svg {...common} className="icon--directional">
    <path d="M16 4.5h3v15h-3zM4 4.5v15L15 12z" fill="currentColor" />
  </svg>
);
export const RestartIcon = () => (
  <svg {...common}>
    <path
      d="M12 5a7 7 0 1 1-6.6 4.7"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.6"
      strokeLinecap="round"
    />
    <path d="M3.5 3.5v6.5H10z" fill="currentColor" />
  </svg>
);
export const ViewIcon = () => (
  <svg {...common}>
    <path
      d="M12 4 4 8v8l8 4 8-4V8z"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinejoin="round"
    />
    <path
      d="M4 8l8 4 8-4M12 12v8"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinejoin="round"
    />
  </svg>
);
