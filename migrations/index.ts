import * as migration_20261122_025156_initial from './20261122_025156_initial';

export const migrations = [
  {
    up: migration_20261122_025156_initial.up,
    down: migration_20261122_025156_initial.down,
    name: '20261122_025156_initial'
  },
];
