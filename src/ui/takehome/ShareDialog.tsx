import { useId, useState } from 'react';
import type { UiKey } from '../../i18n/types.ts';
import { useText } from '../../i18n/useText.ts';
import { QrCode } from './QrCode.tsx';
import { keepKeysInDialog, useModalDialog } from './useModalDialog.ts';

export interface ShareDialogProps {
  url: string;
  open: boolean;
  onClose: () => void;
}

/**
 * The link to this patient's case as a QR code, for the patient or a relative to open on
 * their own phone, with the link written out and a button to copy it. The code is made on
 * this device; the link holds only the kind of procedure, nothing about the person.
 */
export function ShareDialog({ url, open, onClose }: ShareDialogProps) {
  const ref = useModalDialog(open);
  const ids = useId();
  const { t } = useText();
  // The key, not the words, so the message follows a change of language while it shows.
  const [copied, setCopied] = useState<UiKey | null>(null);
  const copy = (): void => {
    const done = (): void => setCopied('takehome.share.copied');
    const failed = (): void => setCopied('takehome.share.copyFailed');
    if (!navigator.clipboard) return failed();
    navigator.clipboard.writeText(url).then(done, failed);
  };
  return (
    <dialog
      ref={ref}
      onKeyDown={keepKeysInDialog}
      className="takehome-dialog takehome-share"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-how`}
      onClose={() => {
        setCopied(null);
        onClose();
      }}
      data-testid="share-dialog"
    >
      <div className="takehome-dialog__bar">
        <h2 id={`${ids}-title`} className="takehome-dialog__title">
          {t('takehome.share.title')}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('takehome.close')}
        </button>
      </div>
      <p id={`${ids}-how`}>{t('takehome.share.how')}</p>
      <div className="takehome-share__code">
        <QrCode text={url} size={264} label={t('takehome.share.qrLabel')} testId="share-qr" />
      </div>
      <p className="takehome-share__link" data-testid="share-url" dir="ltr" translate="no">
        {url}
      </p>
      <div className="takehome-quiz__actions">
        <button type="button" className="button button--primary" onClick={copy}>
          {t('takehome.share.copy')}
        </button>
      </div>
      <p role="status" className="takehome-share__status">
        {copied && t(copied)}
      </p>
      <p className="takehome-quiz__private">{t('takehome.share.private')}</p>
    </dialog>
  );
}
