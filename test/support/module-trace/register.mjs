// `node --import <this file>`: registers hooks.mjs, which records the modules a run loads.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
