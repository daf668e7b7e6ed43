import { japaneseDateTime } from '../model/tokyo-time';
import { PageLayout } from './page-layout';
import { credentialPageTitles } from '../model/credential-messages';

/**
 * Counts down on the phone itself, from the phone's clock to the moment the lock clears: the
 * one part of the portal that reads the browser's clock, so the spec can show both clocks agree.
 * A constant; the moment comes from a data attribute, never from text pasted into the script.
 */
const countdownScript = `(function () {
  var el = document.getElementById('lock-countdown');
  var minutes = Math.max(0, Math.ceil((Number(el.getAttribute('data-until')) - Date.now()) / 60000));
  var hours = Math.floor(minutes / 60);
  el.textContent = '解除まで、あと' + (hours > 0 ? hours + '時間' : '') + (minutes % 60) + '分です。';
})();`;

export interface SpModePasswordLockedPageProps {
  maxFailures: number;
  lockedUntil: Date;
  resetPath: string;
}

/** Shown while the sp-mode password is locked: when it clears, and how to reset it sooner. */
export function SpModePasswordLockedPage({ maxFailures, lockedUntil, resetPath }: SpModePasswordLockedPageProps) {
  return (
    <PageLayout title="spモードパスワードがロックされています">
      <h1>spモードパスワードがロックされています</h1>
      <div className="alert" role="alert">
        <p>spモードパスワードを続けて{maxFailures}回間違えたため、ロックされました。</p>
      </div>
      <p>
        ロックは<strong>{japaneseDateTime(lockedUntil)}</strong>に解除されます。
      </p>
      <p id="lock-countdown" data-until={lockedUntil.getTime()} />
      <script dangerouslySetInnerHTML={{ __html: countdownScript }} />
      <p>すぐにご利用になりたい場合は、ネットワーク暗証番号でspモードパスワードをリセットしてください。リセット後のspモードパスワードは「0000」です。</p>
      <ul className="link-list">
        <li>
          <a href={resetPath}>{credentialPageTitles.spModePasswordReset}</a>
        </li>
      </ul>
    </PageLayout>
  );
}
