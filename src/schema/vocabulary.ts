/**
 * The zod forms of the core's closed vocabularies, for the schemas that validate data from outside
 * (button tokens, curated files, imported registries) and describe the answer. The vocabularies
 * themselves are plain constants beside their concepts, so that answering a typed question never
 * loads zod: the CLI's cold start is measured.
 */
import { z } from 'zod';
import { CHECK_OSES } from '../checks/os.js';
import { MAX_PORT, MIN_PORT } from '../port/port-number.js';
import { TRANSPORTS } from '../port/transport.js';
import { INTENTS } from '../question/intents.js';

export const TransportSchema = z.enum(TRANSPORTS);
export const CheckOsSchema = z.enum(CHECK_OSES);
export const IntentSchema = z.enum(INTENTS);
export const PortNumberSchema = z.number().int().min(MIN_PORT).max(MAX_PORT);
