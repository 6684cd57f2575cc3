import { useId, useState } from 'react';
import { useText } from '../i18n/useText.ts';
import type { CameraCommands } from '../scene/cameraCommands.ts';
import { StrokeIcon } from './icons.tsx';

/** How far one press turns (radians) or zooms. */
const TURN = Math.PI / 12;
const ZOOM = 1.25;

const ICONS = {
  left: 'M15 5l-7 7 7 7',
  right: 'M9 5l7 7-7 7',
  up: 'M5 15l7-7 7 7',
  down: 'M5 9l7 7 7-7',
  in: 'M12 5v14M5 12h14',
  out: 'M5 12h14',
} as const;

/**
 * Buttons that turn and zoom the 3D picture, for anyone who cannot drag or pinch
 * (keyboard, switch access, a shaky hand). Pressing one leaves the guided view. On a small
 * picture (a phone) the six fold into one "Turn or zoom" button, so they leave the picture
 * alone until asked for (styles.css, by the picture's own size).
 */
export function ViewControls({ commands }: { commands: CameraCommands }) {
  const { t } = useText();
  const [open, setOpen] = useState(false);
  const id = useId();
  const buttons = [
    { label: t('view.turnLeft'), icon: ICONS.left, run: () => commands.turn(TURN, 0) },
    { label: t('view.turnRight'), icon: ICONS.right, run: () => commands.turn(-TURN, 0) },
    { label: t('view.tiltUp'), icon: ICONS.up, run: () => commands.turn(0, TURN) },
    { label: t('view.tiltDown'), icon: ICONS.down, run: () => commands.turn(0, -TURN) },
    { label: t('view.zoomIn'), icon: ICONS.in, run: () => commands.zoom(ZOOM) },
    { label: t('view.zoomOut'), icon: ICONS.out, run: () => commands.zoom(1 / ZOOM) },
  ];
  return (
    <div className={open ? 'view-controls view-controls--open' : 'view-controls'}>
      <button
        type="button"
        className="view-controls__button view-controls__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={open ? t('view.moreClose') : t('view.more')}
        title={open ? t('view.moreClose') : t('view.more')}
        onClick={() => setOpen(!open)}
      >
        <StrokeIcon
          d={
            open
              ? 'M6 6l12 12M18 6L6 18'
              : 'M12 3v18M3 12h18M12 3l-3 3M12 3l3 3M12 21l-3-3M12 21l3-3M3 12l3-3M3 12l3 3M21 12l-3-3M21 12l-3 3'
          }
        />
      </button>
      <div id={id} className="view-controls__buttons" role="group" aria-label={t('view.group')}>
        {buttons.map((b) => (
          <button
            key={b.icon}
            type="button"
            className="view-controls__button"
            aria-label={b.label}
            title={b.label}
            onClick={b.run}
          >
            <StrokeIcon d={b.icon} />
          </button>
        ))}
      </div>
    </div>
  );
}
