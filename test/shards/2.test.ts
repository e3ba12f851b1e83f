import { loadShard } from './load';

loadShard(2, 2);
