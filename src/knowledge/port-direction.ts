/**
 * Who opens the connection, seen from the product's server:
 * - `inbound`: clients connect to the server on this port (open it on the server).
 * - `peer`: the product's own nodes connect to each other (open it between them).
 * - `client`: a port on the client's side, or one the server connects out from (FTP active data,
 *   SNMP traps to the manager, a local SOCKS port): nothing to open on the server.
 */
export const PORT_DIRECTIONS = ['inbound', 'peer', 'client'] as const;
export type PortDirection = (typeof PORT_DIRECTIONS)[number];
