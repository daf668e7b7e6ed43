import { portalPaths } from '../portal-paths';
import { PageLayout } from './page-layout';

const news = [
  ['2025-11-20', '年末年始の営業時間について'],
  ['2025-11-12', '一部地域で通信がつながりにくい状況について（復旧済み）'],
  ['2025-11-05', '迷惑メール対策の設定方法を更新しました'],
  ['2025-10-28', 'ドコモメールのメンテナンスのお知らせ'],
  ['2025-10-15', '料金プランの一部内容を変更しました'],
  ['2025-10-01', '災害用伝言板の体験利用について'],
] as const;

const services = ['天気', 'ニュース', '乗換案内', '地図', 'ドコモメール', 'dポイント', '災害用伝言板', 'スケジュール', '音楽', '動画'];

/** The portal's top page: mostly news and services, so that it scrolls on a phone. */
export function TopPage() {
  return (
    <PageLayout title="トップ">
      <h1>dメニュー</h1>
      <p>ドコモのスマートフォン向けポータルです。</p>
      {/* The way to the docomo ID login page, as on the real dメニュー's top: near the top, over any network. */}
      <p>
        docomo IDをお持ちの方は、こちらから
        <a className="login-link" href={portalPaths.login}>
          ログイン
        </a>
      </p>
      <h2>お知らせ</h2>
      <ul className="news">
        {news.map(([date, text]) => (
          <li key={date}>
            <time dateTime={date}>{date.replace(/-/g, '/')}</time>
            {text}
          </li>
        ))}
      </ul>
      <h2>おすすめサービス</h2>
      <ul className="tiles">
        {services.map((service) => (
          <li key={service}>{service}</li>
        ))}
      </ul>
      <h2>はじめての方へ</h2>
      <p>スマートフォンの初期設定、メールの設定、データのバックアップなどの手順をご案内しています。</p>
      <p>お困りのときは、ページの上または下にある「お客様サポート」からお進みください。</p>
    </PageLayout>
  );
}
