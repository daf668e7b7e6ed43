import { Given, Then, When } from '@cucumber/cucumber';
import { expect } from '@playwright/test';
import { CredentialForm, type Entry } from './pages/credential-form';
import { screenLabelFor } from './pages/find-screen-label';
import { PortalMessage } from './pages/portal-message';
import { portalServices, type PortalServiceName } from './pages/portal-services';
import { credentials, credentialValues, type CredentialName } from './support/credentials';
import type { PortalWorld } from './support/world';

/** Her values for one credential, typed into the fields another credential is asked with. */
function entries(world: PortalWorld, given: CredentialName, askedFor: CredentialName = given): Entry[] {
  const values = credentialValues(given, world.customer, world.portal.settings);
  const labels = credentials[askedFor].labels;
  if (values.length !== labels.length) throw new Error(`Her ${given} has ${values.length} part(s); the ${askedFor} form has ${labels.length} field(s).`);
  return labels.map((label, index): Entry => [label, values[index]]);
}

When('she starts {service}', async function (this: PortalWorld, service: PortalServiceName) {
  await portalServices[service].open(this.page, this.origin);
});

Given('she has started {service}, only to be refused', async function (this: PortalWorld, service: PortalServiceName) {
  await portalServices[service].open(this.page, this.origin);
});

When('she types her {credential}', async function (this: PortalWorld, credential: CredentialName) {
  await new CredentialForm(this.page).submit(entries(this, credential));
});

When('she types her {credential} where her {credential} is asked', async function (this: PortalWorld, given: CredentialName, asked: CredentialName) {
  await new CredentialForm(this.page).submit(entries(this, given, asked));
});

Then('she is on the page for {service}', async function (this: PortalWorld, service: PortalServiceName) {
  await expect(new PortalMessage(this.page).heading(portalServices[service].asks)).toBeVisible();
});

Then('she is asked for her {credential}', async function (this: PortalWorld, credential: CredentialName) {
  const form = new CredentialForm(this.page);
  const labels = credentials[credential].labels;
  await expect(form.typedFields).toHaveCount(labels.length);
  await Promise.all(labels.map((label) => expect(form.field(label)).toBeVisible()));
});

Then('she is asked for her {credential}, labelled {string}', async function (this: PortalWorld, credential: CredentialName, onScreen: string) {
  const labels = onScreen.split(', ').map(screenLabelFor);
  expect(labels, `the table's "${onScreen}" should be the labels of the ${credential}`).toEqual(credentials[credential].labels);
  const form = new CredentialForm(this.page);
  await expect(form.typedFields).toHaveCount(labels.length);
  await Promise.all(labels.map((label) => expect(form.field(label)).toBeVisible()));
});

Then('she gets into {service}', async function (this: PortalWorld, service: PortalServiceName) {
  await expect(new PortalMessage(this.page).heading(portalServices[service].inside)).toBeVisible();
});

Then('she is refused and asked for her {credential} again', async function (this: PortalWorld, credential: CredentialName) {
  const form = new CredentialForm(this.page);
  await expect(this.page.getByRole('alert')).toBeVisible();
  await Promise.all(credentials[credential].labels.map((label) => expect(form.field(label)).toBeVisible()));
});

Then('she is told {string}', async function (this: PortalWorld, text: string) {
  await expect(new PortalMessage(this.page).said(screenLabelFor(text))).toBeVisible();
});

Then('the portal shows {string}', async function (this: PortalWorld, text: string) {
  await expect(new PortalMessage(this.page).text(screenLabelFor(text))).toBeVisible();
});
