import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultSettings } from '../settings';
import { PortalModel } from './portal-model';

const hanako = { phoneNumber: '090-1234-5678', networkPin: '4821', docomoId: { userId: 'hanako2013', password: 'sakura2013' } };

function modelWithHanako(settings = { ...defaultSettings }): PortalModel {
  const model = new PortalModel(settings);
  model.addLine(hanako);
  return model;
}

describe('the portal model', () => {
  it('finds a line by its phone number, with or without hyphens', () => {
    const model = modelWithHanako();
    assert.equal(model.line('09012345678')?.phoneNumber, '09012345678');
    assert.equal(model.line('090-1234-5678')?.phoneNumber, '09012345678');
    assert.equal(model.line('08011112222'), undefined);
  });

  it('reads the docomo ID of a line, and nothing for a line without one', () => {
    const model = modelWithHanako();
    model.addLine({ phoneNumber: '080-1111-2222', networkPin: '1357' });
    assert.deepEqual(model.docomoIdOf('09012345678'), hanako.docomoId);
    assert.equal(model.docomoIdOf('08011112222'), undefined);
  });

  it('does not let a caller change a docomo ID through what it reads', () => {
    const model = modelWithHanako();
    model.docomoIdOf('09012345678')!.password = 'changed';
    assert.equal(model.docomoIdOf('09012345678')?.password, 'sakura2013');
  });

  it('refuses a second line with the same phone number', () => {
    const model = modelWithHanako();
    assert.throws(() => model.addLine({ ...hanako, phoneNumber: '09012345678' }), /already has it/);
  });

  it('refuses a seed whose phone number or network PIN is malformed', () => {
    const model = new PortalModel();
    assert.throws(() => model.addLine({ phoneNumber: '03-1234-5678', networkPin: '4821' }), /11 half-width digits/);
    assert.throws(() => model.addLine({ phoneNumber: '090-1234-5678', networkPin: '48210' }), /not 4 half-width digits/);
  });

  it('locks the network PIN after three wrong ones in a row and never unlocks it by itself', () => {
    const model = modelWithHanako();
    assert.deepEqual(
      ['0000', '1111', '2222', '4821'].map((pin) => model.checkNetworkPin('09012345678', pin)),
      ['wrong', 'wrong', 'locked', 'locked'],
    );
    assert.equal(model.line('09012345678')?.networkPinLocked, true);
  });

  it('counts failures per line', () => {
    const model = modelWithHanako();
    model.addLine({ phoneNumber: '080-1111-2222', networkPin: '1357' });
    model.checkNetworkPin('09012345678', '0000');
    assert.equal(model.line('09012345678')?.networkPinTriesLeft, 2);
    assert.equal(model.line('08011112222')?.networkPinTriesLeft, 3);
  });

  it('reads the lock limit from its settings', () => {
    const model = modelWithHanako({ ...defaultSettings, networkPinMaxFailures: 1 });
    assert.equal(model.checkNetworkPin('09012345678', '0000'), 'locked');
  });

  it('explains which lines exist when asked about an unknown one', () => {
    assert.throws(() => modelWithHanako().checkNetworkPin('08099999999', '4821'), /No line 08099999999 .*09012345678/);
  });
});
