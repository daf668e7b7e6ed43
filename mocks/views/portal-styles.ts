/**
 * The look of a plain Japanese carrier portal on a phone: a red bar, one readable column, rows
 * and buttons at least 48px tall so a thumb hits them. A constant, never built from input.
 * Decorations use empty `content`: generated text would become part of a link's accessible
 * name ("docomo ID/パスワード›"), and the spec finds links by their exact names.
 */
export const portalStyles = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f2f2f2;color:#222;font:16px/1.7 "Hiragino Sans","Noto Sans CJK JP","Noto Sans JP",Meiryo,sans-serif}
a{color:#0645ad}
.site-header{background:#cc0033;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 12px;min-height:52px}
.site-header a{color:#fff;text-decoration:none}
.brand{font-weight:700;font-size:22px;letter-spacing:.02em}
.header-link{font-size:14px;border:1px solid rgba(255,255,255,.8);border-radius:4px;padding:6px 10px}
main{max-width:480px;margin:0 auto;background:#fff;padding:16px 16px 24px}
h1{font-size:22px;line-height:1.4;margin:4px 0 16px;padding-left:10px;border-left:5px solid #cc0033}
h2{font-size:18px;margin:24px 0 8px;padding-bottom:4px;border-bottom:2px solid #e5e5e5}
p{margin:0 0 12px}
.link-list{list-style:none;margin:0 0 16px;padding:0;border-top:1px solid #ddd}
.link-list li{border-bottom:1px solid #ddd}
.link-list a{display:flex;align-items:center;min-height:52px;padding:8px 28px 8px 8px;text-decoration:none;color:#222;font-size:17px;position:relative}
.link-list a::after{content:"";position:absolute;right:14px;top:50%;width:9px;height:9px;margin-top:-5px;border-top:2px solid #cc0033;border-right:2px solid #cc0033;transform:rotate(45deg)}
.link-list .note{margin:-6px 0 10px 8px;font-size:13px;color:#666}
.news{list-style:none;margin:0;padding:0}
.news li{padding:10px 0;border-bottom:1px solid #eee}
.news time{display:block;font-size:13px;color:#666}
.tiles{display:grid;grid-template-columns:1fr 1fr;gap:8px;list-style:none;margin:0;padding:0}
.tiles li{background:#fafafa;border:1px solid #e5e5e5;border-radius:6px;padding:14px 8px;text-align:center;min-height:72px}
label{display:block;font-weight:700;margin:16px 0 6px}
.hint{font-size:14px;color:#555}
input[type=password],input[type=text]{width:100%;font-size:22px;padding:10px 12px;min-height:52px;border:1px solid #999;border-radius:4px;letter-spacing:.3em}
button{display:block;width:100%;min-height:52px;margin:20px 0 8px;border:0;border-radius:6px;background:#cc0033;color:#fff;font-size:18px;font-weight:700}
.alert{border:2px solid #cc0033;background:#fff0f3;color:#a00028;border-radius:6px;padding:10px 12px;margin:0 0 16px}
.alert p{margin:0}
.notice{background:#fff8e1;border:1px solid #f0c36d;border-radius:6px;padding:12px;margin:0 0 16px}
.credentials{margin:0 0 16px;border:1px solid #ddd;border-radius:6px}
.credentials dt{background:#f6f6f6;padding:6px 12px;font-size:14px;color:#555}
.credentials dd{margin:0;padding:10px 12px;font-size:20px;font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all;border-bottom:1px solid #ddd}
.credentials dd:last-child{border-bottom:0}
.back{display:inline-block;margin-top:16px}
.site-footer{max-width:480px;margin:0 auto;padding:16px;text-align:center;font-size:14px;color:#555}
.site-footer a{display:inline-block;min-height:44px;line-height:44px;padding:0 12px}
.mock-note{font-size:12px;color:#777;margin:8px 0 0}
`;
