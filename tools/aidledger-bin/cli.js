#!/usr/bin/env node
'use strict';
// npx only finds bins of installed packages; this local package points it at the repo's own CLI.
require('../../bin/aidledger.js');
