/**
 * Typed ids of what more than one service knows: customers, orders, captures, refunds, plans,
 * partners and merchants. Each is a record that checks its format once, at the edge, so that below the
 * controllers no id is a bare {@code String}; {@code persistence} maps them to their columns.
 */
package com.creditline.common.id;
