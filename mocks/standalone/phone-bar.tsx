import { renderToStaticMarkup } from 'react-dom/server';
import { networkNames, type PhoneSetting } from './phone-setting';

/**
 * Puts a slim bar above a portal page in the standalone server, showing the phone's network and
 * line and linking to the control page. It goes before the portal's header, outside its <main>.
 */
export function insertPhoneBar(html: string, phone: PhoneSetting, currentPath: string): string {
  const bar = renderToStaticMarkup(<PhoneBar phone={phone} currentPath={currentPath} />);
  return html.replace(/<body([^>]*)>/, (body) => body + bar);
}

function PhoneBar({ phone, currentPath }: { phone: PhoneSetting; currentPath: string }) {
  return (
    <div
      role="complementary"
      aria-label="模擬端末"
      style={{
        background: '#263238',
        color: '#eceff1',
        font: '13px/1.4 sans-serif',
        padding: '6px 12px',
        display: 'flex',
        justifyContent: 'space-between',
        gap: 8,
      }}
    >
      <span>
        模擬端末: {networkNames[phone.network]} ・ {phone.line ?? '回線なし'}
      </span>
      <a href={`/__phone?back=${encodeURIComponent(currentPath)}`} style={{ color: '#80cbc4' }}>
        切り替え
      </a>
    </div>
  );
}
