// cucumber-js loads a formatter with import(), which does not go through ts-node: this loads the
// TypeScript formatter beside it through ts-node's require hook (transpile only, as the steps are).
require('ts-node').register({ transpileOnly: true });
module.exports = require('./message-formatter.ts');
