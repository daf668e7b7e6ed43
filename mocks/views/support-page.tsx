import { portalPaths } from '../portal-paths';
import { supportTopics } from '../support-topics';
import { PageLayout } from './page-layout';

export function SupportPage() {
  return (
    <PageLayout title="お客様サポート">
      <h1>お客様サポート</h1>
      <p>お手続きや設定の方法をご案内します。ご用件をお選びください。</p>
      <ul className="link-list">
        {supportTopics.map((topic) => (
          <li key={topic.slug}>
            <a href={portalPaths.supportTopic(topic.slug)}>{topic.label}</a>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
