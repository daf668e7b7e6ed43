import { networks } from '../carrier';
import { networkNames, type PhoneSetting } from './phone-setting';

const styles = `
body{margin:0;font:16px/1.6 "Noto Sans CJK JP",sans-serif;background:#263238;color:#eceff1}
main{max-width:480px;margin:0 auto;padding:16px}
h1{font-size:20px}
fieldset{border:1px solid #607d8b;border-radius:6px;margin:0 0 16px;padding:8px 12px}
label{display:flex;align-items:center;gap:8px;min-height:44px}
select{width:100%;font-size:18px;min-height:44px}
button{width:100%;min-height:48px;font-size:18px;background:#eceff1;border:0;border-radius:6px}
a{color:#80cbc4}
code{color:#ffe082}
`;

/**
 * The standalone server's stand-in for the phone's settings: which network it is on and which
 * line (SIM) is in it. Not part of the portal, so it has its own look.
 */
export function PhoneControlPage({ phone, lines, back }: { phone: PhoneSetting; lines: string[]; back: string }) {
  return (
    <html lang="ja">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>端末の設定（模擬）</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <main>
          <h1>端末の設定（模擬） / Phone settings</h1>
          <p>The mocked portal learns the network and line from the carrier, as docomo&apos;s does. Choose them here.</p>
          <form method="post" action="/__phone">
            <fieldset>
              <legend>接続 / Network</legend>
              {networks.map((network) => (
                <label key={network}>
                  <input type="radio" name="network" value={network} defaultChecked={network === phone.network} />
                  {networkNames[network]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>回線 / Line (SIM)</legend>
              <select name="line" defaultValue={phone.line ?? ''} aria-label="回線">
                {lines.map((line) => (
                  <option key={line} value={line}>
                    {line}
                  </option>
                ))}
                <option value="">回線なし / no SIM</option>
              </select>
            </fieldset>
            <input type="hidden" name="back" value={back} />
            <button type="submit">設定して戻る / Apply</button>
          </form>
          <p>
            <a href={back}>戻る / Back</a>
          </p>
        </main>
      </body>
    </html>
  );
}
