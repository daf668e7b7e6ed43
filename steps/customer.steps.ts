import { Given, type DataTable } from '@cucumber/cucumber';
import { customerFromTable } from './support/customer';
import type { PortalWorld } from './support/world';

Given('{word} has a docomo line:', function (this: PortalWorld, name: string, table: DataTable) {
  this.customer = customerFromTable(name, table.raw());
});
