import { Given, type DataTable } from '@cucumber/cucumber';
import { customerFromTable } from './support/customer';
import type { PortalWorld } from './support/world';

Given('{word} has a docomo line:', async function (this: PortalWorld, name: string, table: DataTable) {
  await this.setCustomer(customerFromTable(name, table.raw()));
});
