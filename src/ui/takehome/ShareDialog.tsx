import { useId, useState } from 'react';
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
  const [copied, setCopied] = useState('');
  const copy = (): void => {
    const done = (): void => setCopied('Link copied.');
    const failed = (): void => setCopied('Could not copy. Select the link above and copy it.');
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
        setCopied('');
        onClose();
      }}
      data-testid="share-dialog"
    >
      <div className="takehome-dialog__bar">
        <h2 id={`${ids}-title`} className="takehome-dialog__title">
          Watch it on your own phone
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p id={`${ids}-how`}>
        Point the phone’s camera at this code and tap the link that appears. It opens this
        explainer, for this procedure, from the beginning.
      </p>
      <div className="takehome-share__code">
        <QrCode
          text={url}
          size={264}
          label="QR code that opens the link written below it"
          testId="share-qr"
        />
      </div>
      <p className="takehome-share__link" data-testid="share-url">
        {url}
      </p>
      <div className="takehome-quiz__actions">
        <button type="button" className="button button--primary" onClick={copy}>
          Copy the link
        </button>
      </div>
      <p role="status" className="takehome-share__status">
        {copied}
      </p>
      <p className="takehome-quiz__private">
        The link says only how the procedure is done (for example, through the wrist), not who it is
        for. Nothing is sent anywhere.
      </p>
    </dialog>
  );
}
