import { PageLayout } from './page-layout';

/** Shown once the network PIN is locked: nothing typed here can help, only a docomo shop can. */
export function NetworkPinLockedPage({ maxFailures, menuPath }: { maxFailures: number; menuPath: string }) {
  return (
    <PageLayout title="ネットワーク暗証番号がロックされています">
      <h1>ネットワーク暗証番号がロックされています</h1>
      <div className="alert" role="alert">
        <p>ネットワーク暗証番号を続けて{maxFailures}回間違えたため、ロックされました。</p>
      </div>
      <p>ロックは時間がたっても解除されません。ドコモショップでロックを解除してください。</p>
      <p>ロックが解除されるまで、docomo IDのお手続きはご利用いただけません。</p>
      <a className="back" href={menuPath}>
        メニューに戻る
      </a>
    </PageLayout>
  );
}
