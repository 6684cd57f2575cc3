import { useEffect, useState } from 'react';
import type { ExplainerController } from '../app/controller.ts';
import { DEFAULT_CASE } from '../case/patientCase.ts';
import { useText } from '../i18n/useText.ts';
import { fullExplainerHref } from './options.ts';

/**
 * "Open the full explainer": the whole page (steps, transcript, settings), in a new tab,
 * with the same case and at the same step. Its address is built from allowlisted values.
 */
export function FullExplainerLink({ controller }: { controller: ExplainerController | null }) {
  const { t, pack } = useText();
  const [, setPlayerVersion] = useState(0);
  const [stageId, setStageId] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!controller) return;
    let stopTime = (): void => undefined;
    const follow = (): void => {
      stopTime();
      const player = controller.player();
      const update = (): void => setStageId(player.slots[player.stageIndex()]?.stage.id);
      update();
      stopTime = player.subscribe((event) => {
        if (event === 'time') update();
      });
      setPlayerVersion((v) => v + 1);
    };
    follow();
    const stopChange = controller.onPlayerChange(follow);
    return () => {
      stopTime();
      stopChange();
    };
  }, [controller]);

  const href = fullExplainerHref(controller?.getCase() ?? DEFAULT_CASE, stageId, pack.meta.tag);
  return (
    <footer className="embed-footer">
      <a className="embed-footer__link" href={href} target="_blank" rel="noopener">
        {t('embed.openFull')}
        <span className="visually-hidden"> {t('common.newTab')}</span>
      </a>
    </footer>
  );
}
