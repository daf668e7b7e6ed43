/** What the scenario knows about its customer: the facts she would have written down at contract. */
export interface Customer {
  name: string;
  phoneNumber: string;
  networkPin: string;
  docomoId?: { userId: string; password: string };
  /** YYYY-MM-DD: the portal refuses it as a new network PIN. */
  birthday?: string;
  /** Unset for a customer who never changed it: the line then has the portal's default. */
  spModePassword?: string;
  wifi?: { userId: string; password: string };
}

const fields: Record<string, (customer: Customer, value: string) => void> = {
  'phone number': (c, v) => (c.phoneNumber = v.replace(/-/g, '')),
  'network PIN': (c, v) => (c.networkPin = v),
  'docomo ID': (c, v) => (c.docomoId = { userId: v, password: c.docomoId?.password ?? '' }),
  password: (c, v) => (c.docomoId = { userId: c.docomoId?.userId ?? '', password: v }),
  birthday: (c, v) => (c.birthday = v),
  'sp-mode password': (c, v) => (c.spModePassword = v),
  'Wi-Fi user id': (c, v) => (c.wifi = { userId: v, password: c.wifi?.password ?? '' }),
  'Wi-Fi password': (c, v) => (c.wifi = { userId: c.wifi?.userId ?? '', password: v }),
};

/** Reads a two-column "field | value" table such as a Background's line description. */
export function customerFromTable(name: string, rows: string[][]): Customer {
  const customer: Customer = { name, phoneNumber: '', networkPin: '' };
  for (const [field, value] of rows) {
    const set = fields[field];
    if (!set) {
      throw new Error(`Unknown field "${field}" in ${name}'s line table. Use one of: ${Object.keys(fields).join(', ')}.`);
    }
    set(customer, value);
  }
  if (!customer.phoneNumber || !customer.networkPin) {
    throw new Error(`${name}'s line table needs at least a "phone number" and a "network PIN" row.`);
  }
  return customer;
}
