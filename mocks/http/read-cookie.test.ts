import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cookieFromHeader, readCookie } from './read-cookie';

describe('reading a cookie', () => {
  it('finds it among others by its exact name', () => {
    const request = new Request('https://smt.docomo.ne.jp/', { headers: { cookie: 'xsid=1; sid=abc; phone=wifi%7C090' } });
    assert.equal(readCookie(request, 'sid'), 'abc');
    assert.equal(readCookie(request, 'phone'), 'wifi|090');
  });

  it('finds nothing when the request has no such cookie or no cookie header', () => {
    assert.equal(cookieFromHeader('other=1', 'sid'), undefined);
    assert.equal(cookieFromHeader(undefined, 'sid'), undefined);
  });

  it('keeps a value that is not valid percent-encoding as it is', () => {
    assert.equal(cookieFromHeader('sid=%E0%A4%A', 'sid'), '%E0%A4%A');
  });
});
